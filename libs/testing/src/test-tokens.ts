import { type Role, signDevelopmentToken } from '@infuse/auth';
import { TEST_JWT_SECRET } from './test-environment';

export const TEST_AUTH = {
  AUTH_JWT_SECRET: TEST_JWT_SECRET,
  AUTH_ISSUER: 'infuse-development',
  AUTH_AUDIENCE: 'infuse',
};

/** A bearer token the apps under test accept. */
export async function tokenFor(
  role: Role,
  subject = `${role}-1`,
  payerId?: string,
): Promise<string> {
  return signDevelopmentToken({ role, subject, ...(payerId ? { payerId } : {}) }, TEST_AUTH);
}
