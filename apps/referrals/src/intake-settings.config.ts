import { defineConfigSection, type SectionValue } from '@infuse/config';
import { z } from 'zod';

const positive = z.coerce.number().positive();

/**
 * Plausibility limits for what a referral may say. The dose and interval bounds are the intake
 * contract's; the body-measure bounds reject typos (a weight in pounds, a height in inches),
 * not unusual patients, and are settings because no clinical source fixes them.
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

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}
