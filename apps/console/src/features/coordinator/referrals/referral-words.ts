import type { StatusWords } from '../../../ui/status-badge';
import type { ReferralStatus } from './referrals.api';

/** A referral's intake status in a coordinator's words; the colour only repeats them. */
export const REFERRAL_STATUS_WORDS: Record<ReferralStatus, StatusWords> = {
  pending_documents: { label: 'Waiting for documents', color: 'yellow' },
  accepted: { label: 'Accepted', color: 'green' },
  rejected: { label: 'Rejected', color: 'red' },
  cancelled: { label: 'Cancelled', color: 'gray' },
};
