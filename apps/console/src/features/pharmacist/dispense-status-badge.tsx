import { Badge } from '@mantine/core';
import type { DispenseStatus } from './dispenses.api';
import { STATUS_WORDS } from './dispense-words';

/** The status in words, in the text colour; the dot's colour only repeats what they say. */
export function DispenseStatusBadge({ status }: { status: DispenseStatus }) {
  const words = STATUS_WORDS[status];
  return (
    <Badge color={words.color} variant="dot" size="lg" tt="none" style={{ flexShrink: 0 }}>
      {words.label}
    </Badge>
  );
}
