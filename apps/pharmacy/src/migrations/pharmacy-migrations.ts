import { CreateAuditLog1764115200000 } from '@infuse/auth';
import { MESSAGING_MIGRATIONS } from '@infuse/messaging';
import { CreateDispensing1796200000000 } from './1796200000000-create-dispensing';
import { WithdrawnAuthorizations1796300000000 } from './1796300000000-withdrawn-authorizations';
import { NextCycleHolds1796400000000 } from './1796400000000-next-cycle-holds';

/**
 * Every migration of the pharmacy schema, in order: the shared audit and messaging tables
 * first.
 */
export const PHARMACY_MIGRATIONS = [
  CreateAuditLog1764115200000,
  ...MESSAGING_MIGRATIONS,
  CreateDispensing1796200000000,
  WithdrawnAuthorizations1796300000000,
  NextCycleHolds1796400000000,
];
