import { isRole, mayActForNurse } from '@infuse/auth';
import { type Actor } from '@infuse/contracts';

/** A nurse sees and works on the visits assigned to her; an admin on every visit. */
export function mayWorkOnVisit(actor: Actor, nurseId: string | null): boolean {
  if (!isRole(actor.role)) return false;
  return mayActForNurse({ subject: actor.subject, role: actor.role }, nurseId ?? '');
}
