import { PLAN_TYPES } from '@infuse/contracts';
import { z } from 'zod';

/** What a provider sends a programme to enrol a patient. */
export const enrolmentRequestSchema = z.object({
  /** The provider's case, echoed in the answer. */
  caseReference: z.string().min(1).max(100),
  patient: z.object({
    firstName: z.string().min(1).max(100),
    lastName: z.string().min(1).max(100),
    dateOfBirth: z.iso.date(),
  }),
  insurance: z.object({
    planType: z.enum(PLAN_TYPES),
    payerId: z.string().min(1).max(64).optional(),
    memberId: z.string().min(1).max(64).optional(),
  }),
  productId: z.string().min(1).max(40),
  household: z
    .object({ size: z.number().int().min(1).max(20), annualIncome: z.number().nonnegative() })
    .optional(),
  consentedOn: z.iso.date(),
});

export type EnrolmentRequest = z.output<typeof enrolmentRequestSchema>;

/** The programme's answer: enrolled with its terms, or denied with a reason. */
export type EnrolmentAnswer =
  | {
      status: 'enrolled';
      enrollmentId: string;
      caseReference: string;
      memberId: string;
      annualMaximum: number;
      endsOn: string;
    }
  | { status: 'denied'; enrollmentId: string; caseReference: string; reason: string };
