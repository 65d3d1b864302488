import { defineCallKind } from '@infuse/outbound-calls';

/** The call that enrols a case's patient in its programme. */
export const EnrolInProgramme = defineCallKind<{ caseId: string; programmeId: string }>(
  'workers.enrol-in-programme',
);

/** A programme's enrolment endpoint, by programme id: `programme:csl-behring-copay`. */
export function programmeTarget(programmeId: string): string {
  return `programme:${programmeId}`;
}
