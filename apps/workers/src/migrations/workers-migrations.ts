import { CreateAuditLog1764115200000 } from '@infuse/auth';
import { MESSAGING_MIGRATIONS } from '@infuse/messaging';
import { ASSISTANCE_MIGRATIONS } from '../assistance/assistance.parts';
import { CreateFollowUps1796400000000 } from './1796400000000-create-follow-ups';

/**
 * Every migration of the workers schema, in order: the shared audit and messaging tables first,
 * then each half's own (follow-ups from 1796400000000, copay assistance from 1796500000000).
 */
export const WORKERS_MIGRATIONS = [
  CreateAuditLog1764115200000,
  ...MESSAGING_MIGRATIONS,
  CreateFollowUps1796400000000,
  ...ASSISTANCE_MIGRATIONS,
];
