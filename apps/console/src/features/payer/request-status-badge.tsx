import { Badge } from '@mantine/core';
import type { RequestStatus } from './requests.api';
import { STATUS_WORDS } from './request-words';

/** The status in words, in the text colour; the dot's colour only repeats what they say. */
export function RequestStatusBadge({ status }: { status: RequestStatus }) {
  const words = STATUS_WORDS[status];
  return (
    <Badge color={words.color} variant="dot" size="lg" tt="none" style={{ flexShrink: 0 }}>
      {words.label}
    </Badge>
  );
}
