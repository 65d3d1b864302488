import { z } from 'zod';
import { type CalendarDate, isCalendarDate } from '../domain/calendar-date';
import { isIcd10Form } from '../domain/icd10-code';
import { isValidNpi } from '../domain/npi';
import { type IntakeSettings } from '../intake-settings.config';
import {
  BLOOD_TYPES,
  DOCUMENT_CONTENT_TYPES,
  DOCUMENT_TYPES,
  LAB_CODES,
  LAB_UNITS,
  PLAN_TYPES,
  RISK_CONDITIONS,
  SEXES,
  THERAPIES,
} from './referral-vocabulary';

const name = z.string().trim().min(1).max(100);
const phone = z.string().regex(/^\+?[0-9 ().-]{7,25}$/, 'expected a phone number');

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

function base64Bytes(value: string): number {
  const padding = value.endsWith('==') ? 2 : value.endsWith('=') ? 1 : 0;
  return (value.length / 4) * 3 - padding;
}

export function documentSchema(settings: IntakeSettings) {
  const limitMb = settings.INTAKE_MAX_DOCUMENT_BYTES / (1024 * 1024);
  return z.object({
    type: z.enum(DOCUMENT_TYPES),
    title: z.string().trim().min(1).max(200),
    contentType: z.enum(DOCUMENT_CONTENT_TYPES),
    contentBase64: z
      .string()
      .min(4, 'must not be empty')
      .regex(/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/, 'expected base64')
      .refine(
        (value) => base64Bytes(value) <= settings.INTAKE_MAX_DOCUMENT_BYTES,
        `must be at most ${limitMb} MB decoded`,
      ),
  });
}

export function labSchema(today: CalendarDate) {
  return z
    .object({
      code: z.enum(LAB_CODES),
      value: z.number().nonnegative(),
      unit: z.string(),
      collectedOn: pastOrToday(today),
    })
    .superRefine((lab, context) => {
      const expected = LAB_UNITS[lab.code];
      if (lab.unit !== expected) {
        context.addIssue({
          code: 'custom',
          path: ['unit'],
          message: `${lab.code} is reported in ${expected}`,
        });
      }
    });
}

const insuranceSchema = z
  .object({
    planType: z.enum(PLAN_TYPES),
    payerId: z.string().trim().min(1).max(64).optional(),
    payerName: z.string().trim().min(1).max(200).optional(),
    memberId: z.string().trim().min(1).max(64).optional(),
    groupNumber: z.string().trim().min(1).max(64).optional(),
  })
  .superRefine((insurance, context) => {
    if (insurance.planType === 'uninsured') return;
    for (const field of ['payerId', 'memberId'] as const) {
      if (!insurance[field])
        context.addIssue({
          code: 'custom',
          path: [field],
          message: `is required for a ${insurance.planType} plan`,
        });
    }
  });

/** The body of `POST /v1/referrals`; unknown extra fields are ignored. */
export function referralSubmissionSchema(settings: IntakeSettings, today: CalendarDate) {
  return z.object({
    patient: z.object({
      mrn: z.string().trim().min(1).max(64).optional(),
      firstName: name,
      lastName: name,
      dateOfBirth: pastOrToday(today),
      sex: z.enum(SEXES),
      heightCm: between(settings.INTAKE_MIN_HEIGHT_CM, settings.INTAKE_MAX_HEIGHT_CM, 'cm'),
      weightKg: between(settings.INTAKE_MIN_WEIGHT_KG, settings.INTAKE_MAX_WEIGHT_KG, 'kg'),
      phone: phone.optional(),
      address: z
        .object({
          line1: z.string().trim().min(1).max(200),
          line2: z.string().trim().max(200).optional(),
          city: z.string().trim().min(1).max(100),
          state: z.string().regex(/^[A-Z]{2}$/, 'expected a two-letter state code'),
          postalCode: z.string().regex(/^\d{5}(-\d{4})?$/, 'expected a ZIP code'),
        })
        .optional(),
      bloodType: z.enum(BLOOD_TYPES).optional(),
      allergies: z.array(z.string().trim().min(1).max(200)).max(100).default([]),
      conditions: z.array(z.enum(RISK_CONDITIONS)).max(RISK_CONDITIONS.length).default([]),
    }),
    prescriber: z.object({
      npi: z.string().refine(isValidNpi, 'expected a 10-digit NPI with a valid check digit'),
      firstName: name,
      lastName: name,
      phone: phone.optional(),
      specialty: z.string().trim().min(1).max(100).optional(),
    }),
    order: z.object({
      therapy: z.enum(THERAPIES),
      diagnosisCode: z.string().refine(isIcd10Form, 'expected an ICD-10-CM code such as D83.9'),
      productPreference: z.string().trim().min(1).max(100).optional(),
      doseGramsPerKg: between(
        settings.INTAKE_MIN_DOSE_G_PER_KG,
        settings.INTAKE_MAX_DOSE_G_PER_KG,
        'g/kg',
      ),
      infusionDays: z.number().int().min(1).max(settings.INTAKE_MAX_INTERVAL_DAYS).default(1),
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
      startDate: calendarDate().optional(),
      durationMonths: z.number().int().min(1).max(60).optional(),
    }),
    insurance: insuranceSchema,
    labs: z.array(labSchema(today)).max(100).default([]),
    documents: z.array(documentSchema(settings)).max(50).default([]),
  });
}

export type ReferralSubmission = z.output<ReturnType<typeof referralSubmissionSchema>>;
export type ReferralDocumentInput = z.output<ReturnType<typeof documentSchema>>;
