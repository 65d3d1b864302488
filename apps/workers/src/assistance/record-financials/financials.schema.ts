import { z } from 'zod';

/** The household the coordinator recorded: what income-tested programmes are measured by. */
export const financialsSchema = z.object({
  householdSize: z.number().int().min(1).max(20),
  annualIncome: z.number().nonnegative().max(10_000_000).describe('US dollars a year'),
});

export type FinancialsInput = z.output<typeof financialsSchema>;
