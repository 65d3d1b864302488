/** Who may act in Infuse; every non-public route declares the roles it admits. */
export const ROLES = ['intake_coordinator', 'pharmacist', 'nurse', 'payer', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
