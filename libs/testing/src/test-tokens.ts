import { type Role, signDevelopmentToken } from '@infuse/auth';
import { authConfig, loadConfig } from '@infuse/config';
import { TEST_JWT_SECRET } from './test-environment';

/** The auth settings the apps under test run with (testEnvironment gives them the same). */
export const TEST_AUTH = loadConfig([authConfig], {
  NODE_ENV: 'test',
  AUTH_JWT_SECRET: TEST_JWT_SECRET,
}).auth;

/** A bearer token the apps under test accept. */
export async function tokenFor(
  role: Role,
  subject = `${role}-1`,
  payerId?: string,
): Promise<string> {
  return signDevelopmentToken({ role, subject, ...(payerId ? { payerId } : {}) }, TEST_AUTH);
}
