import {
  DOCUMENT_CONTENT_TYPES,
  DOCUMENT_TYPES,
  insuranceSnapshotSchema,
  labResultSchema,
  orderSnapshotSchema,
  patientSnapshotSchema,
  prescriberSnapshotSchema,
} from '@infuse/contracts';
import { z } from 'zod';
import { type CalendarDate, isCalendarDate } from '../domain/calendar-date';
import { isIcd10Form } from '../domain/icd10-code';
import { isValidNpi } from '../domain/npi';
import { type IntakeSettings } from '../intake-settings.config';

// Intake's own rules on top of the published shapes: what a coordinator may submit is stricter
// than what an event may carry (check digits, plausible ranges, no future dates).

function calendarDate() {
  return z.string().refine(isCalendarDate, 'expected a calendar date as YYYY-MM-DD');
}

function pastOrToday(today: CalendarDate) {
  return calendarDate().refine((value) => value <= today, 'must not be in the future');
}

function between(min: number, max: number, unit: string) {
  return z
    .number()
    .min(min, `must be at least ${min} ${unit}`)
    .max(max, `must be at most ${max} ${unit}`);
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

/** One document as submitted, contents included (base64). */
export function documentSchema(settings: IntakeSettings) {
  const limitMb = settings.INTAKE_MAX_DOCUMENT_BYTES / (1024 * 1024);
  return z.object({
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
  });
}

/** One lab result as submitted: collected today at the latest. */
export function labSchema(today: CalendarDate) {
  return labResultSchema.refine((lab) => lab.collectedOn <= today, {
    path: ['collectedOn'],
    message: 'must not be in the future',
  });
}

/** The body of `POST /v1/referrals`; unknown extra fields are ignored. */
export function referralSubmissionSchema(settings: IntakeSettings, today: CalendarDate) {
  return z.object({
    patient: patientSnapshotSchema.extend({
      dateOfBirth: pastOrToday(today),
      heightCm: between(settings.INTAKE_MIN_HEIGHT_CM, settings.INTAKE_MAX_HEIGHT_CM, 'cm'),
      weightKg: between(settings.INTAKE_MIN_WEIGHT_KG, settings.INTAKE_MAX_WEIGHT_KG, 'kg'),
      allergies: patientSnapshotSchema.shape.allergies.max(100).default([]),
      conditions: patientSnapshotSchema.shape.conditions.default([]),
    }),
    prescriber: prescriberSnapshotSchema.extend({
      npi: z.string().refine(isValidNpi, 'expected a 10-digit NPI with a valid check digit'),
    }),
    order: orderSnapshotSchema
      .extend({
        diagnosisCode: z.string().refine(isIcd10Form, 'expected an ICD-10-CM code such as D83.9'),
        doseGramsPerKg: between(
          settings.INTAKE_MIN_DOSE_G_PER_KG,
          settings.INTAKE_MAX_DOSE_G_PER_KG,
          'g/kg',
        ),
        intervalDays: z
          .number()
          .int()
          .min(
            settings.INTAKE_MIN_INTERVAL_DAYS,
            `must be at least ${settings.INTAKE_MIN_INTERVAL_DAYS} day(s)`,
          )
          .max(
            settings.INTAKE_MAX_INTERVAL_DAYS,
            `must be at most ${settings.INTAKE_MAX_INTERVAL_DAYS} days`,
          ),
        infusionDays: z.number().int().min(1).default(1),
        startDate: calendarDate().optional(),
        newStart: z.boolean().default(true),
      })
      .refine((order) => order.infusionDays <= order.intervalDays, {
        path: ['infusionDays'],
        message: 'must not exceed intervalDays',
        // Compare only two valid numbers; a bad interval is reported on its own.
        when: (payload) => payload.issues.length === 0,
      }),
    insurance: insuranceSnapshotSchema,
    labs: z.array(labSchema(today)).max(100).default([]),
    documents: z.array(documentSchema(settings)).max(50).default([]),
  });
}

export type ReferralSubmission = z.output<ReturnType<typeof referralSubmissionSchema>>;
export type ReferralDocumentInput = z.output<ReturnType<typeof documentSchema>>;
export type ReferralLabInput = z.output<ReturnType<typeof labSchema>>;
