import { CreateAuditLog1764115200000 } from '@infuse/auth';
import { IDEMPOTENCY_MIGRATIONS } from '@infuse/http';
import { MESSAGING_MIGRATIONS } from '@infuse/messaging';
import { CreateReferrals1764115300000 } from './1764115300000-create-referrals';
import { ReferralIntake1764201600000 } from './1764201600000-referral-intake';
import { WorkQueueOrder1764288000000 } from './1764288000000-work-queue-order';
import { AttachmentOrder1764374400000 } from './1764374400000-attachment-order';
import { Journey1796400000000 } from './1796400000000-journey';
import { WorkQueueByPayer1796486400000 } from './1796486400000-work-queue-by-payer';

/**
 * Every migration of the referrals schema, in order: the shared audit and messaging tables first,
 * the shared idempotency table last (referrals had it before the shared migration existed).
 */
export const REFERRALS_MIGRATIONS = [
  CreateAuditLog1764115200000,
  ...MESSAGING_MIGRATIONS,
  CreateReferrals1764115300000,
  ReferralIntake1764201600000,
  WorkQueueOrder1764288000000,
  AttachmentOrder1764374400000,
  Journey1796400000000,
  WorkQueueByPayer1796486400000,
  // The idempotency_key table came with ReferralIntake1764201600000; this keeps it as it is.
  ...IDEMPOTENCY_MIGRATIONS,
];
