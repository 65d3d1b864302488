import { Badge } from '@mantine/core';
import type { ReferralStatus } from './referrals.api';

/** A referral's intake status in a coordinator's words; the colour only repeats them. */
export const REFERRAL_STATUS_WORDS: Record<ReferralStatus, { label: string; color: string }> = {
  pending_documents: { label: 'Waiting for documents', color: 'yellow' },
  accepted: { label: 'Accepted', color: 'green' },
  rejected: { label: 'Rejected', color: 'red' },
  cancelled: { label: 'Cancelled', color: 'gray' },
};

export function ReferralStatusBadge({ status }: { status: ReferralStatus }) {
  const words = REFERRAL_STATUS_WORDS[status];
  return (
    <Badge color={words.color} variant="dot" size="lg" tt="none" style={{ flexShrink: 0 }}>
      {words.label}
    </Badge>
  );
}
