import { type Actor } from '@infuse/contracts';

/**
 * The clinical record is the assigned nurse's alone (minimum necessary): admins and coordinators
 * manage visits from their summaries, so even an admin does not pass here. The routes admit
 * nurses only; this check keeps another nurse's visit out of reach too.
 */
export function mayWorkOnVisit(actor: Actor, nurseId: string | null): boolean {
  return actor.role === 'nurse' && nurseId !== null && actor.subject === nurseId;
}
