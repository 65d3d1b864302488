import { z } from 'zod';
import { REVIEW_DECISIONS, type DecisionBody } from './requests.api';

/** What the decision form holds: text as typed, empty when not given. */
export interface DecisionValues {
  decision: (typeof REVIEW_DECISIONS)[number] | '';
  units: number | '';
  period: { start: string; end: string };
  reasonCode: string;
  note: string;
}

export const EMPTY_DECISION: DecisionValues = {
  decision: '',
  units: '',
  period: { start: '', end: '' },
  reasonCode: '',
  note: '',
};

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The sandbox's own rules (decision.schema.ts), checked before sending so most mistakes show at
 * once; the server checks them again and its 400s land on the same fields.
 */
export const decisionFormSchema = z
  .object({
    decision: z.union([z.enum(REVIEW_DECISIONS), z.literal('')]),
    units: z.union([z.number().int('Whole units').positive('At least 1 unit'), z.literal('')]),
    period: z.object({ start: z.string().trim(), end: z.string().trim() }),
    reasonCode: z.string().trim(),
    note: z.string().trim().max(2000, 'At most 2,000 characters'),
  })
  .superRefine((values, context) => {
    const problem = (path: (string | number)[], message: string) =>
      context.addIssue({ code: 'custom', path, message });
    if (values.decision === '') problem(['decision'], 'Choose a decision');
    const grants = values.decision === 'approve' || values.decision === 'partial';
    if (values.decision === 'partial' && values.units === '')
      problem(['units'], 'Give the units approved');
    if (grants) {
      const { start, end } = values.period;
      if (start !== '' || end !== '') {
        if (!CALENDAR_DATE.test(start)) problem(['period', 'start'], 'Give the first day');
        if (!CALENDAR_DATE.test(end)) problem(['period', 'end'], 'Give the last day');
        if (CALENDAR_DATE.test(start) && CALENDAR_DATE.test(end) && start > end)
          problem(['period', 'end'], 'Must not end before it starts');
      }
    }
    if (values.decision === 'deny' && !/^[A-Z0-9]{1,3}$/.test(values.reasonCode))
      problem(['reasonCode'], 'An X12 review decision reason code: 1-3 capitals or digits');
    if (values.decision === 'pend' && values.note === '')
      problem(['note'], 'Say what information is missing');
  });

/** The body the sandbox takes: only the fields the chosen decision uses. */
export function decisionBodyOf(values: DecisionValues): DecisionBody {
  if (values.decision === '') throw new Error('a decision body without a decision');
  const note = values.note.trim();
  const grants = values.decision === 'approve' || values.decision === 'partial';
  const { start, end } = values.period;
  return {
    decision: values.decision,
    ...(grants && values.units !== '' ? { units: values.units } : {}),
    ...(grants && (start !== '' || end !== '') ? { period: { start, end } } : {}),
    ...(values.decision === 'deny' ? { reasonCode: values.reasonCode.trim() } : {}),
    ...(note ? { note } : {}),
  };
}
