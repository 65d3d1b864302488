import { z } from 'zod';

/** What the benefits investigation found about the patient's plan. */
export const benefitsSchema = z.object({
  costSharePerDose: z
    .number()
    .nonnegative()
    .max(1_000_000)
    .describe('US dollars the patient owes per dose'),
  planDesign: z
    .enum(['standard', 'accumulator', 'maximizer'])
    .describe('An accumulator or maximizer plan spends the programme faster [ACC1][ACC2]'),
});

export type BenefitsInput = z.output<typeof benefitsSchema>;
