import { gateway } from '../api/http';

/** The console's four users, plus the administrator who assigns nurses. */
export type ConsoleRole = 'intake_coordinator' | 'payer' | 'pharmacist' | 'nurse' | 'admin';

/** Who is signed in, as the gateway's session says; the token itself stays in the gateway. */
export interface Session {
  subject: string;
  role: ConsoleRole;
  payerId?: string;
  displayName: string;
}

export type DevelopmentUser = Session;

export const ROLE_LABELS: Record<ConsoleRole, string> = {
  intake_coordinator: 'Intake coordinator',
  payer: 'Payer reviewer',
  pharmacist: 'Pharmacist',
  nurse: 'Field nurse',
  admin: 'Administrator',
};

export const sessionApi = {
  current: () => gateway<Session>('/auth/session'),
  developmentUsers: () => gateway<DevelopmentUser[]>('/auth/development-users'),
  signInAs: (subject: string) =>
    gateway<void>('/auth/development-sign-in', { method: 'POST', body: { subject } }),
  signOut: () => gateway<void>('/auth/sign-out', { method: 'POST' }),
};
