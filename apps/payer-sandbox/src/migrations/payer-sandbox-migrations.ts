import { CreateAuditLog1764115200000 } from '@infuse/auth';
import { OUTBOUND_CALL_MIGRATIONS } from '@infuse/outbound-calls';
import { PROGRAMS_MIGRATIONS } from '../programs/programs.parts';
import { CreatePayerSandbox1796100000000 } from './1796100000000-create-payer-sandbox';

/**
 * Every migration of the payer_sandbox schema, in order: the shared audit log and outbound calls
 * (notifications to subscribers) first.
 */
export const PAYER_SANDBOX_MIGRATIONS = [
  CreateAuditLog1764115200000,
  ...OUTBOUND_CALL_MIGRATIONS,
  CreatePayerSandbox1796100000000,
  // The programme sandbox's enrolments (Idempotency-Key answers among them).
  ...PROGRAMS_MIGRATIONS,
];
