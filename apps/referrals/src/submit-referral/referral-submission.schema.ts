import { defaultClinicalSettings, type IsoDate } from '@infuse/clinical';
import {
  insuranceSnapshotSchema,
  isValidNpi,
  orderSnapshotSchema,
  patientSnapshotSchema,
  prescriberSnapshotSchema,
} from '@infuse/contracts';
import { z } from 'zod';
import { isIcd10Form } from '../domain/icd10-code';
import { type ReferralInput } from '../domain/referral-input';
import { between, dateAround, documentSchema, labSchema, pastOrToday } from '../http/intake-fields';
import { type IntakeSettings } from '../intake-settings.config';

// An order runs at most as long as the longest authorization a payer grants: initial 6 months,
// renewed annually [PH1][PH2][WHA].
const MAX_DURATION_MONTHS = defaultClinicalSettings.authorization.reauthorizationMonths;

function orderSchema(settings: IntakeSettings, today: IsoDate) {
  return orderSnapshotSchema
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
      startDate: dateAround(
        today,
        settings.INTAKE_START_DATE_MAX_DAYS_PAST,
        settings.INTAKE_START_DATE_MAX_DAYS_AHEAD,
      ).optional(),
      durationMonths: z
        .number()
        .int()
        .min(1)
        .max(MAX_DURATION_MONTHS, `must be at most ${MAX_DURATION_MONTHS} months`)
        .optional(),
      newStart: z.boolean().default(true),
    })
    .refine((order) => order.infusionDays <= order.intervalDays, {
      path: ['infusionDays'],
      message: 'must not exceed intervalDays',
      // Compare only two valid numbers; a bad interval is reported on its own.
      when: (payload) => payload.issues.length === 0,
    });
}

/** The body of `POST /v1/referrals`; unknown extra fields are ignored. */
export function referralSubmissionSchema(
  settings: IntakeSettings,
  today: IsoDate,
): z.ZodType<ReferralInput> {
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
    order: orderSchema(settings, today),
    insurance: insuranceSnapshotSchema,
    labs: z.array(labSchema(settings, today)).max(100).default([]),
    documents: z.array(documentSchema(settings)).max(50).default([]),
  });
}
