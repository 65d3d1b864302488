/**
 * Who may act in Infuse; every non-public route declares the roles it admits. `service` is
 * another Infuse service calling with its own identity (its token's `sub` is the service name);
 * a route open to services also names which ones (`@CallableBy`). `provider` is a provider's
 * system calling a payer's API (the payer sandbox's PAS endpoints): its `sub` names the system.
 */
export const ROLES = [
  'intake_coordinator',
  'pharmacist',
  'nurse',
  'payer',
  'admin',
  'service',
  'provider',
] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
