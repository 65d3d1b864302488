import { CreateSessions1796500000000 } from './1796500000000-create-sessions';

/** Every migration of the gateway schema, in order. It keeps no audit log: it reads no patient data. */
export const GATEWAY_MIGRATIONS = [CreateSessions1796500000000];
