/**
 * Who may act in Infuse; every non-public route declares the roles it admits. `service` is
 * another Infuse service calling with its own identity (its token's `sub` is the service name);
 * a route open to services also names which ones (`@CallableBy`).
 */
export const ROLES = [
  'intake_coordinator',
  'pharmacist',
  'nurse',
  'payer',
  'admin',
  'service',
] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
