import { z } from 'zod';
import { calendarDate, uuid } from '../payload-primitives';
import { eventSource } from '../topics';

/** Every assistance-case event is on this topic, from this source, keyed by its patient. */
export const ASSISTANCE_CASE_EVENT = {
  topic: 'workers.assistance-case.v1',
  source: eventSource('workers'),
  keyOf: (data: { patientId: string }) => data.patientId,
} as const;

/**
 * The kinds of programme that help a patient pay: a manufacturer's copay card (commercial plans
 * only [OIG1][CSL1]), a charitable foundation's fund (insured, Medicare included, income-tested
 * [PAN-F1][HWF]) and a manufacturer's free-drug programme (uninsured, income-tested [RARE]).
 */
export const PROGRAMME_KINDS = ['manufacturer_copay', 'foundation', 'free_drug'] as const;
export type ProgrammeKind = (typeof PROGRAMME_KINDS)[number];

/** The fields every assistance-case event carries: which case of which referral, for whom. */
export const assistanceCaseEventFields = {
  caseId: uuid(),
  referralId: uuid(),
  patientId: uuid().describe('The patient; the Kafka key'),
};

/** A programme a case is enrolled in, or asked to enrol in. */
export const programmeRefSchema = z.object({
  programmeId: z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)
    .describe('Programme id of the workers programme terms, e.g. csl-behring-copay'),
  kind: z.enum(PROGRAMME_KINDS),
});

/** Money in US dollars, to the cent. */
export const dollars = () =>
  z
    .number()
    .nonnegative()
    .refine((value) => Math.abs(value * 100 - Math.round(value * 100)) < 1e-6, 'whole cents')
    .describe('US dollars');

/** Ids shared by the examples: the accepted referral's patient and its case. */
export const ASSISTANCE_CASE_EXAMPLE = {
  caseId: '4a8c2e61-7d3f-4b9a-8e5c-1f2d3a4b5c6d',
  referralId: '5f0c1e2a-8d4b-4c6e-9a7f-2b3c4d5e6f70',
  patientId: '0b6b8e55-8d0b-4d5e-9f43-5a3c8a0b2f10',
} as const;

export const enrolmentEndSchema = () =>
  calendarDate().describe('The last day the enrolment covers (inclusive)');
