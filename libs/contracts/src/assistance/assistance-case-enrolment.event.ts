import { z } from 'zod';
import { defineEvent } from '../event-contract';
import { calendarDate, instant } from '../payload-primitives';
import {
  ASSISTANCE_CASE_EVENT,
  ASSISTANCE_CASE_EXAMPLE,
  assistanceCaseEventFields,
  dollars,
  enrolmentEndSchema,
  programmeRefSchema,
} from './assistance-case-event.common';

const ENROLLED_EXAMPLE = {
  ...ASSISTANCE_CASE_EXAMPLE,
  programme: { programmeId: 'csl-behring-copay', kind: 'manufacturer_copay' },
} as const;

/** The programme enrolled the patient: its member id, the annual maximum and the end date. */
export const AssistanceCaseEnrolled = defineEvent({
  type: 'org.infuse.assistance-case.enrolled.v1',
  ...ASSISTANCE_CASE_EVENT,
  summary:
    'The programme enrolled the patient: member id, annual maximum and the last day the enrolment covers.',
  schema: z.object({
    ...assistanceCaseEventFields,
    programme: programmeRefSchema,
    programmeMemberId: z.string().min(1).max(64),
    annualMaximum: dollars(),
    enrolmentEndsOn: enrolmentEndSchema(),
    enrolledAt: instant(),
  }),
  example: {
    ...ENROLLED_EXAMPLE,
    programmeMemberId: 'CSLB-00042917',
    annualMaximum: 15000,
    enrolmentEndsOn: '2027-11-20',
    enrolledAt: '2026-11-21T10:43:10-05:00',
  },
});

/** The programme refused the enrolment, or it could not be reached after the last attempt. */
export const AssistanceCaseDenied = defineEvent({
  type: 'org.infuse.assistance-case.denied.v1',
  ...ASSISTANCE_CASE_EVENT,
  summary: 'The programme refused the enrolment (with its reason), or could not be reached.',
  schema: z.object({
    ...assistanceCaseEventFields,
    programme: programmeRefSchema,
    reason: z.string().min(1).max(1000),
    deniedAt: instant(),
  }),
  example: {
    ...ENROLLED_EXAMPLE,
    reason: 'The plan prohibits copay assistance',
    deniedAt: '2026-11-21T10:43:10-05:00',
  },
});

/** The enrolment ends within the re-enrolment lead time: the coordinator re-applies. */
export const AssistanceCaseReEnrolmentDue = defineEvent({
  type: 'org.infuse.assistance-case.re-enrolment-due.v1',
  ...ASSISTANCE_CASE_EVENT,
  summary: 'The enrolment ends soon (30 days ahead by default): time to re-enrol.',
  schema: z.object({
    ...assistanceCaseEventFields,
    programme: programmeRefSchema,
    enrolmentEndsOn: enrolmentEndSchema(),
    dueOn: calendarDate().describe('The day re-enrolment came due'),
    notedAt: instant(),
  }),
  example: {
    ...ENROLLED_EXAMPLE,
    enrolmentEndsOn: '2027-11-20',
    dueOn: '2027-10-21',
    notedAt: '2027-10-21T00:00:02-04:00',
  },
});
