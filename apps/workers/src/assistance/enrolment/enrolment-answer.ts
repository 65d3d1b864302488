import { z } from 'zod';

/** A programme's answer to an enrolment: enrolled with its terms, or denied with a reason. */
export const enrolmentAnswerSchema = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('enrolled'),
    memberId: z.string().min(1).max(64),
    annualMaximum: z.number().nonnegative(),
    endsOn: z.iso.date(),
  }),
  z.object({ status: z.literal('denied'), reason: z.string().min(1).max(1000) }),
]);

export type EnrolmentAnswer = z.output<typeof enrolmentAnswerSchema>;
