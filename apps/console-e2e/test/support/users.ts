import { type Role } from '@infuse/auth';
import { tokenFor } from '@infuse/testing';

/** A development user of the gateway (apps/gateway/config/development-users.json). */
export interface ConsoleUser {
  subject: string;
  role: Role;
  payerId?: string;
}

export const COORDINATOR: ConsoleUser = { subject: 'ic-1', role: 'intake_coordinator' };
export const NORTHWIND_REVIEWER: ConsoleUser = {
  subject: 'rev-nw-1',
  role: 'payer',
  payerId: 'northwind-medicare',
};
export const ACME_REVIEWER: ConsoleUser = {
  subject: 'rev-acme-1',
  role: 'payer',
  payerId: 'acme-health',
};
export const VERIFYING_PHARMACIST: ConsoleUser = { subject: 'ph-1', role: 'pharmacist' };
export const RELEASING_PHARMACIST: ConsoleUser = { subject: 'ph-2', role: 'pharmacist' };
export const BALTIMORE_NURSE: ConsoleUser = { subject: 'rn-1', role: 'nurse' };

/** The bearer token the gateway holds for the user, to prepare data over the APIs directly. */
export function tokenOf(user: ConsoleUser): Promise<string> {
  return tokenFor(user.role, user.subject, user.payerId);
}
