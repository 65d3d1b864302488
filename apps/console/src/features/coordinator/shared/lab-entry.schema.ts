import type { LabResult } from '@infuse/contracts';
import { z } from 'zod';
import { LAB_WORDS } from './referral-words';
import { notNegative, pastDate, requiredChoice, requiredNumber } from './schema-fields';

/**
 * One lab result as a coordinator enters it; the unit is the code's own (LAB_UNITS), shown
 * beside the value and sent with it. Whether the value is plausible is intake's setting.
 */
export const labEntrySchema = z.object({
  code: requiredChoice(LAB_WORDS, 'Choose the lab'),
  value: requiredNumber(notNegative),
  collectedOn: pastDate(),
});

export type LabEntry = z.infer<typeof labEntrySchema>;

export const EMPTY_LAB: LabEntry = { code: '', value: '', collectedOn: '' };

/** The lab as intake takes it (labResultSchema). */
export function labResultOf(entry: LabEntry): LabResult {
  if (entry.code === '') throw new Error('a lab result without its code');
  return {
    code: entry.code,
    value: Number(entry.value),
    unit: LAB_WORDS[entry.code].unit,
    collectedOn: entry.collectedOn,
  };
}
