import { type FollowUpKind } from '@infuse/contracts';
import { FollowUpError } from './follow-up.errors';
import { CLINICAL_KINDS } from './follow-up-task';

/** The kinds a role works: pharmacists the clinical ones, coordinators and admins all. */
export function kindsFor(role: string): readonly FollowUpKind[] | undefined {
  return role === 'pharmacist' ? CLINICAL_KINDS : undefined;
}

/** Throws `FOLLOW_UP.NOT_YOURS` when the role does not work tasks of this kind. */
export function assertMayWork(task: { id: string; kind: FollowUpKind }, role: string): void {
  const kinds = kindsFor(role);
  if (kinds && !kinds.includes(task.kind))
    throw new FollowUpError('FOLLOW_UP.NOT_YOURS', `Follow-up ${task.id} is not a clinical task.`);
}
