import { CreateAuditLog1764115200000 } from '@infuse/auth';
import { MESSAGING_MIGRATIONS } from '@infuse/messaging';
import { OUTBOUND_CALL_MIGRATIONS } from '@infuse/outbound-calls';
import { CreateAuthorizations1796100000000 } from './1796100000000-create-authorizations';
import { DocumentsReadAtOnce1796600000000 } from './1796600000000-documents-read-at-once';

/**
 * Every migration of the prior_auth schema, in order: the shared audit, messaging and
 * outbound-call tables first.
 */
export const PRIOR_AUTH_MIGRATIONS = [
  CreateAuditLog1764115200000,
  ...MESSAGING_MIGRATIONS,
  ...OUTBOUND_CALL_MIGRATIONS,
  CreateAuthorizations1796100000000,
  DocumentsReadAtOnce1796600000000,
];
