import { type Role } from '@infuse/auth';

/** The roles of the people who use the console; services and providers' systems never sign in. */
export const CONSOLE_ROLES = [
  'intake_coordinator',
  'payer',
  'pharmacist',
  'nurse',
  'admin',
] as const satisfies readonly Role[];
export type ConsoleRole = (typeof CONSOLE_ROLES)[number];

export function isConsoleRole(value: unknown): value is ConsoleRole {
  return typeof value === 'string' && (CONSOLE_ROLES as readonly string[]).includes(value);
}

/** Who a session belongs to: what `GET /auth/session` answers, never the token itself. */
export interface SignedInUser {
  subject: string;
  role: ConsoleRole;
  /** Payers only: the health plan whose requests they review. */
  payerId?: string;
  displayName: string;
}
