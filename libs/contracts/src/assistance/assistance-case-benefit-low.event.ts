import { z } from 'zod';
import { defineEvent } from '../event-contract';
import { instant } from '../payload-primitives';
import {
  ASSISTANCE_CASE_EVENT,
  ASSISTANCE_CASE_EXAMPLE,
  assistanceCaseEventFields,
  dollars,
  programmeRefSchema,
} from './assistance-case-event.common';

/**
 * Why the benefit may not last: most of the annual maximum is used, or the plan is an accumulator
 * (help does not count toward the deductible [ACC1]) or a maximizer plan (the cost share is
 * spread to use up the card over the year [ACC2]).
 */
export const BENEFIT_WARNINGS = [
  'annual_maximum_nearly_used',
  'accumulator_plan',
  'maximizer_plan',
] as const;
export type BenefitWarning = (typeof BENEFIT_WARNINGS)[number];

/** The case's benefit may run out: the warning, and what is used of the annual maximum. */
export const AssistanceCaseBenefitLow = defineEvent({
  type: 'org.infuse.assistance-case.benefit-low.v1',
  ...ASSISTANCE_CASE_EVENT,
  summary:
    "The benefit may run out: 80 % of the programme's annual maximum used, or an accumulator or maximizer plan.",
  schema: z.object({
    ...assistanceCaseEventFields,
    programme: programmeRefSchema,
    warning: z.enum(BENEFIT_WARNINGS),
    usedAmount: dollars().describe('Cost share recorded against the annual maximum so far'),
    annualMaximum: dollars(),
    warnedAt: instant(),
  }),
  example: {
    ...ASSISTANCE_CASE_EXAMPLE,
    programme: { programmeId: 'csl-behring-copay', kind: 'manufacturer_copay' },
    warning: 'annual_maximum_nearly_used',
    usedAmount: 12000,
    annualMaximum: 15000,
    warnedAt: '2027-06-14T14:05:12-04:00',
  },
});
