import { type NumberRange } from '@infuse/clinical';
import { defineConfigSection, type SectionValue } from '@infuse/config';
import { isTimeZone, type LabCode } from '@infuse/contracts';
import { z } from 'zod';
import { type CompletenessRules } from './domain/referral-completeness';

const positive = z.coerce.number().positive();
const days = z.coerce.number().int().nonnegative();

/** A range of values written `min-max`, e.g. `0.1-40`. */
const range = z
  .string()
  .regex(/^\d+(\.\d+)?-\d+(\.\d+)?$/, 'expected min-max, e.g. 0.1-40')
  .transform((text): NumberRange => {
    const [min, max] = text.split('-').map(Number) as [number, number];
    return { min, max };
  })
  .refine((bounds) => bounds.min <= bounds.max, 'min must not exceed max');

/**
 * Plausibility limits for what a referral may say. The dose and interval bounds are the intake
 * contract's. The body-measure, lab-value and start-date limits reject typos (a weight in pounds,
 * a lab in the wrong unit or with a slipped decimal, a start date in the wrong year), not unusual
 * patients: each lab range is wider than disease produces (an IgG myeloma, an ITP platelet count
 * near zero, dialysis creatinine). They are settings because no clinical source fixes them.
 */
export const intakeSettingsConfig = defineConfigSection(
  'intake',
  z.object({
    INTAKE_MIN_WEIGHT_KG: positive.default(0.5),
    INTAKE_MAX_WEIGHT_KG: positive.default(350),
    INTAKE_MIN_HEIGHT_CM: positive.default(25),
    INTAKE_MAX_HEIGHT_CM: positive.default(250),
    INTAKE_MIN_DOSE_G_PER_KG: positive.default(0.1),
    INTAKE_MAX_DOSE_G_PER_KG: positive.default(3),
    INTAKE_MIN_INTERVAL_DAYS: z.coerce.number().int().positive().default(1),
    INTAKE_MAX_INTERVAL_DAYS: z.coerce.number().int().positive().default(90),
    INTAKE_IGG_RANGE_MG_DL: range.prefault('0-15000'),
    INTAKE_IGA_RANGE_MG_DL: range.prefault('0-10000'),
    INTAKE_IGM_RANGE_MG_DL: range.prefault('0-10000'),
    INTAKE_BUN_RANGE_MG_DL: range.prefault('1-300'),
    INTAKE_CREATININE_RANGE_MG_DL: range.prefault('0.1-40'),
    INTAKE_HEMOGLOBIN_RANGE_G_DL: range.prefault('2-25'),
    INTAKE_PLATELETS_RANGE_10_9_L: range.prefault('0-3000'),
    /** How long before today an order may say it starts: a late referral, not another year. */
    INTAKE_START_DATE_MAX_DAYS_PAST: days.default(180),
    /** How long after today an order may say it starts. */
    INTAKE_START_DATE_MAX_DAYS_AHEAD: days.default(365),
    INTAKE_MAX_DOCUMENT_BYTES: z.coerce
      .number()
      .int()
      .positive()
      .default(10 * 1024 * 1024),
    /** BUN and creatinine must be at most this old at submission: 30 days [PH2][MMO]. */
    INTAKE_RENAL_LAB_MAX_AGE_DAYS: z.coerce.number().int().positive().default(30),
    /** Calendar days are counted in the pharmacy's time zone. */
    PHARMACY_TIME_ZONE: z
      .string()
      .refine(isTimeZone, 'expected an IANA time zone')
      .default('America/New_York'),
  }),
);

export type IntakeSettings = SectionValue<typeof intakeSettingsConfig>;

/** The plausible range of each lab, in the one unit the contract reports it in. */
export function labRanges(settings: IntakeSettings): Record<LabCode, NumberRange> {
  return {
    IgG: settings.INTAKE_IGG_RANGE_MG_DL,
    IgA: settings.INTAKE_IGA_RANGE_MG_DL,
    IgM: settings.INTAKE_IGM_RANGE_MG_DL,
    BUN: settings.INTAKE_BUN_RANGE_MG_DL,
    creatinine: settings.INTAKE_CREATININE_RANGE_MG_DL,
    hemoglobin: settings.INTAKE_HEMOGLOBIN_RANGE_G_DL,
    platelets: settings.INTAKE_PLATELETS_RANGE_10_9_L,
  };
}

/** What completeness is judged against. */
export function completenessRules(settings: IntakeSettings): CompletenessRules {
  return { renalLabMaxAgeDays: settings.INTAKE_RENAL_LAB_MAX_AGE_DAYS };
}
