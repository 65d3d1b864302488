import { z } from 'zod';
import { FAULT_OPERATIONS, FAULT_TIMINGS, type FaultRequest } from './injected-fault';

/** What an administrator asks for: the next `count` calls of a payer's operation fail. */
export const faultSchema = z.object({
  payerId: z.string().trim().min(1).max(100),
  operation: z.enum(FAULT_OPERATIONS),
  status: z.number().int().min(500).max(599),
  count: z.number().int().min(1).max(1_000),
  when: z.enum(FAULT_TIMINGS),
}) satisfies z.ZodType<FaultRequest>;
