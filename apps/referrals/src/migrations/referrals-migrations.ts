import { CreateAuditLog1764115200000 } from '@infuse/auth';
import { MESSAGING_MIGRATIONS } from '@infuse/messaging';
import { CreateReferrals1764115300000 } from './1764115300000-create-referrals';
import { ReferralIntake1764201600000 } from './1764201600000-referral-intake';
import { WorkQueueOrder1764288000000 } from './1764288000000-work-queue-order';

/** Every migration of the referrals schema, in order: the shared audit and messaging tables first. */
export const REFERRALS_MIGRATIONS = [
  CreateAuditLog1764115200000,
  ...MESSAGING_MIGRATIONS,
  CreateReferrals1764115300000,
  ReferralIntake1764201600000,
  WorkQueueOrder1764288000000,
];
