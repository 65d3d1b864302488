import { type Role } from './roles';

/** The authenticated caller, taken from a verified bearer token. */
export interface Principal {
  /** The token's `sub`: a user id (a nurse's id for nurses). */
  readonly subject: string;
  readonly role: Role;
  /** Present for payers only: the health plan whose requests this caller may see. */
  readonly payerId?: string;
}
