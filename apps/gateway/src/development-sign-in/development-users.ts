import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { CONSOLE_ROLES, type SignedInUser } from '../sessions/signed-in-user';

/** The development users, relative to the repository root every entry point runs in. */
export const DEVELOPMENT_USERS_FILE = 'apps/gateway/config/development-users.json';

const developmentUser = z
  .strictObject({
    subject: z.string().min(1),
    role: z.enum(CONSOLE_ROLES),
    payerId: z.string().min(1).optional(),
    displayName: z.string().min(1),
  })
  .refine((user) => (user.role === 'payer') === (user.payerId !== undefined), {
    message: 'a payer, and only a payer, has a payerId',
  });

const usersFile = z.strictObject({ users: z.array(developmentUser).min(1) });

/** Reads and checks the development users; a broken file stops the boot, not a sign-in. */
export function readDevelopmentUsers(file = DEVELOPMENT_USERS_FILE): SignedInUser[] {
  return usersFile.parse(JSON.parse(readFileSync(file, 'utf8'))).users;
}
