import { addDays, isIsoDate, type IsoDate } from '@infuse/clinical';
import {
  DOCUMENT_CONTENT_TYPES,
  DOCUMENT_TYPES,
  LAB_UNITS,
  labResultSchema,
} from '@infuse/contracts';
import { z } from 'zod';
import { type DocumentInput, type LabInput } from '../domain/referral-input';
import { type IntakeSettings, labRanges } from '../intake-settings.config';

// Intake's own rules on top of the published shapes: what a coordinator may submit is stricter
// than what an event may carry (check digits, plausible ranges, no future dates).

function calendarDate() {
  // A date off the calendar is reported once, not again by the range checks that follow.
  return z.string().refine(isIsoDate, {
    message: 'expected a calendar date as YYYY-MM-DD',
    abort: true,
  });
}

export function pastOrToday(today: IsoDate) {
  return calendarDate().refine((value) => value <= today, 'must not be in the future');
}

/** A date from `daysBefore` days before today to `daysAfter` days after it. */
export function dateAround(today: IsoDate, daysBefore: number, daysAfter: number) {
  const earliest = addDays(today, -daysBefore);
  const latest = addDays(today, daysAfter);
  return calendarDate().refine(
    (value) => value >= earliest && value <= latest,
    `must be from ${earliest} to ${latest}`,
  );
}

export function between(min: number, max: number, unit: string) {
  return z
    .number()
    .min(min, `must be at least ${min} ${unit}`)
    .max(max, `must be at most ${max} ${unit}`);
}

/** One lab result as submitted: collected today at the latest, its value plausible for its code. */
export function labSchema(settings: IntakeSettings, today: IsoDate): z.ZodType<LabInput> {
  const ranges = labRanges(settings);
  return labResultSchema.superRefine((lab, context) => {
    if (lab.collectedOn > today)
      context.addIssue({
        code: 'custom',
        path: ['collectedOn'],
        message: 'must not be in the future',
      });
    // The range is in the code's own unit; a wrong unit is reported on its own.
    const { min, max } = ranges[lab.code];
    const unit = LAB_UNITS[lab.code];
    if (lab.unit === unit && (lab.value < min || lab.value > max))
      context.addIssue({
        code: 'custom',
        path: ['value'],
        message: `${lab.code} must be from ${min} to ${max} ${unit}`,
      });
  });
}

// A linear check: a pattern with a repeated group backtracks, and overflows the stack on the
// megabytes of a scanned document.
function isBase64(value: string): boolean {
  return value.length % 4 === 0 && /^[A-Za-z0-9+/]*={0,2}$/.test(value);
}

function base64Bytes(value: string): number {
  const padding = value.endsWith('==') ? 2 : value.endsWith('=') ? 1 : 0;
  return (value.length / 4) * 3 - padding;
}

/** One document as submitted, contents in base64, decoded once valid. */
export function documentSchema(settings: IntakeSettings): z.ZodType<DocumentInput> {
  const limitMb = settings.INTAKE_MAX_DOCUMENT_BYTES / (1024 * 1024);
  return z
    .object({
      type: z.enum(DOCUMENT_TYPES),
      title: z.string().trim().min(1).max(200),
      contentType: z.enum(DOCUMENT_CONTENT_TYPES),
      contentBase64: z
        .string()
        .min(4, 'must not be empty')
        .refine(isBase64, 'expected base64')
        .refine(
          (value) => base64Bytes(value) <= settings.INTAKE_MAX_DOCUMENT_BYTES,
          `must be at most ${limitMb} MB decoded`,
        ),
    })
    .transform(({ contentBase64, ...document }) => ({
      ...document,
      content: Buffer.from(contentBase64, 'base64'),
    }));
}
