import { Badge } from '@mantine/core';
import { AUTHORIZATION_STATUS_WORDS } from './authorization-words';
import type { AuthorizationStatus } from './authorizations.api';

export function AuthorizationStatusBadge({ status }: { status: AuthorizationStatus }) {
  const words = AUTHORIZATION_STATUS_WORDS[status];
  return (
    <Badge color={words.color} variant="dot" size="lg" tt="none" style={{ flexShrink: 0 }}>
      {words.label}
    </Badge>
  );
}
