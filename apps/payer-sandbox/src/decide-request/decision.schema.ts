import { isIsoDate } from '@infuse/clinical';
import { z } from 'zod';
import { REVIEW_DECISIONS, type ReviewDecision } from '../domain/authorization-request';

const calendarDate = z.string().refine(isIsoDate, 'expected a calendar date as YYYY-MM-DD');

/**
 * A reviewer's decision on a pended request. Units are required for a partial approval and a
 * reason code to deny; the period defaults to the one requested.
 */
export const decisionSchema = z
  .object({
    decision: z.enum(REVIEW_DECISIONS),
    units: z.number().int().positive().max(100_000).optional(),
    period: z
      .object({ start: calendarDate, end: calendarDate })
      .refine((period) => period.start <= period.end, {
        message: 'must not end before it starts',
        path: ['end'],
      })
      .optional(),
    reasonCode: z
      .string()
      .trim()
      .regex(
        /^[A-Z0-9]{1,3}$/,
        'expected an X12 886 review decision reason code (1-3 capitals or digits)',
      )
      .optional(),
    note: z.string().trim().min(1).max(2_000).optional(),
  })
  .superRefine((body, context) => {
    const grants = body.decision === 'approve' || body.decision === 'partial';
    if (body.decision === 'partial' && body.units === undefined)
      context.addIssue({
        code: 'custom',
        path: ['units'],
        message: 'is required for a partial approval',
      });
    if (body.decision === 'deny' && body.reasonCode === undefined)
      context.addIssue({ code: 'custom', path: ['reasonCode'], message: 'is required to deny' });
    if (!grants && body.units !== undefined)
      context.addIssue({
        code: 'custom',
        path: ['units'],
        message: 'only an approval grants units',
      });
    if (!grants && body.period !== undefined)
      context.addIssue({
        code: 'custom',
        path: ['period'],
        message: 'only an approval grants a period',
      });
    if (body.decision !== 'deny' && body.reasonCode !== undefined)
      context.addIssue({
        code: 'custom',
        path: ['reasonCode'],
        message: 'only a denial gives a reason',
      });
  })
  .transform((body): ReviewDecision => ({
    decision: body.decision,
    ...(body.units !== undefined ? { units: body.units } : {}),
    ...(body.period ? { period: body.period } : {}),
    ...(body.reasonCode ? { reasonCode: { code: body.reasonCode } } : {}),
    ...(body.note ? { note: body.note } : {}),
  }));
