import { Badge } from '@mantine/core';
import { CASE_STATUS_WORDS } from './assistance-words';
import type { CaseStatus } from './assistance.api';

export function CaseStatusBadge({ status }: { status: CaseStatus }) {
  const words = CASE_STATUS_WORDS[status];
  return (
    <Badge color={words.color} variant="dot" size="lg" tt="none" style={{ flexShrink: 0 }}>
      {words.label}
    </Badge>
  );
}
