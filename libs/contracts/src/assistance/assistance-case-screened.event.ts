import { z } from 'zod';
import { PLAN_TYPES } from '../referrals/referral-vocabulary';
import { defineEvent } from '../event-contract';
import { instant } from '../payload-primitives';
import {
  ASSISTANCE_CASE_EVENT,
  ASSISTANCE_CASE_EXAMPLE,
  assistanceCaseEventFields,
  programmeRefSchema,
} from './assistance-case-event.common';

/** Where a screening left the case. */
export const SCREENING_OUTCOMES = ['eligible', 'needs_financials', 'not_eligible'] as const;
export type ScreeningOutcome = (typeof SCREENING_OUTCOMES)[number];

/** One programme's verdict, with every reason for it. */
const programmeVerdictSchema = programmeRefSchema.extend({
  verdict: z.enum(['eligible', 'needs_financials', 'not_eligible']),
  reasons: z
    .array(
      z.object({
        code: z.string().regex(/^[A-Z_]+$/),
        text: z.string().min(1),
        sources: z.array(z.string().min(1)).describe('Source keys of the domain reference'),
      }),
    )
    .min(1),
});

/**
 * The case was screened (or screened again, after financials or a brand changed at
 * verification): each programme's verdict with its reasons. No household income amount leaves
 * the service; a reason may give it as a percentage of the poverty level.
 */
export const AssistanceCaseScreened = defineEvent({
  type: 'org.infuse.assistance-case.screened.v1',
  ...ASSISTANCE_CASE_EVENT,
  summary:
    "The patient was screened for copay programmes by plan type, product and household income: each programme's verdict and reasons.",
  schema: z.object({
    ...assistanceCaseEventFields,
    outcome: z.enum(SCREENING_OUTCOMES),
    planType: z.enum(PLAN_TYPES),
    productId: z
      .string()
      .min(1)
      .optional()
      .describe('Product id of the clinical catalogue; absent until a brand is known'),
    manufacturer: z.string().min(1).optional(),
    programmes: z.array(programmeVerdictSchema),
    chosen: programmeRefSchema.optional().describe('The programme enrolment will use'),
    screenedAt: instant(),
  }),
  example: {
    ...ASSISTANCE_CASE_EXAMPLE,
    outcome: 'eligible',
    planType: 'commercial',
    productId: 'privigen',
    manufacturer: 'CSL Behring',
    programmes: [
      {
        programmeId: 'csl-behring-copay',
        kind: 'manufacturer_copay',
        verdict: 'eligible',
        reasons: [
          {
            code: 'COMMERCIAL_PLAN',
            text: 'A commercial plan may take manufacturer copay help',
            sources: ['CSL1'],
          },
        ],
      },
      {
        programmeId: 'pan-primary-immunodeficiency',
        kind: 'foundation',
        verdict: 'needs_financials',
        reasons: [
          {
            code: 'INCOME_NEEDED',
            text: 'The fund is income-tested; household size and income are not recorded yet',
            sources: ['PAN-F1'],
          },
        ],
      },
    ],
    chosen: { programmeId: 'csl-behring-copay', kind: 'manufacturer_copay' },
    screenedAt: '2026-11-21T10:42:00-05:00',
  },
});
