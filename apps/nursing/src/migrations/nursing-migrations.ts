import { CreateAuditLog1764115200000 } from '@infuse/auth';
import { MESSAGING_MIGRATIONS } from '@infuse/messaging';
import { CreateVisits1796400000000 } from './1796400000000-create-visits';
import { VisitAttempts1796400100000 } from './1796400100000-visit-attempts';
import { VisitPlan1796400200000 } from './1796400200000-visit-plan';
import { VisitReferralIndex1796400300000 } from './1796400300000-visit-referral-index';

/**
 * Every migration of the nursing schema, in order: the shared audit and messaging tables
 * first.
 */
export const NURSING_MIGRATIONS = [
  CreateAuditLog1764115200000,
  ...MESSAGING_MIGRATIONS,
  CreateVisits1796400000000,
  VisitAttempts1796400100000,
  VisitPlan1796400200000,
  VisitReferralIndex1796400300000,
];
