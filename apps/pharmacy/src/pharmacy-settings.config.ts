import { defineConfigSection, type SectionValue } from '@infuse/config';
import { isTimeZone } from '@infuse/contracts';
import { z } from 'zod';

const flag = (fallback: 'true' | 'false') =>
  z
    .enum(['true', 'false'])
    .default(fallback)
    .transform((value) => value === 'true');

/** The settings of pharmacy, validated at boot with every other section. */
export const pharmacySettingsConfig = defineConfigSection(
  'pharmacy',
  z.object({
    /** Calendar days (administration dates, lot expiry) are counted in the pharmacy's time zone. */
    PHARMACY_TIME_ZONE: z
      .string()
      .refine(isTimeZone, 'expected an IANA time zone')
      .default('America/New_York'),
    /** A first dose is released by a second pharmacist, not the one who verified it. */
    PHARMACY_SECOND_PHARMACIST_FOR_FIRST_DOSE: flag('true'),
    /** The referrals service, where pharmacists read the referral and its documents. */
    REFERRALS_URL: z.url({ protocol: /^https?$/ }).default('http://127.0.0.1:3001'),
    /**
     * Allowed deviation of the dispensed grams from the ordered grams, %: rule 8 ⚙, a payer-set
     * tolerance whose ±5 % default the reference marks unconfirmed.
     */
    PHARMACY_VIAL_ROUNDING_TOLERANCE_PERCENT: z.coerce.number().min(0).max(25).default(5),
    /** Weight a patient with BMI ≥30 is dosed on: rule 7 ⚙, a per-payer or prescriber policy. */
    PHARMACY_OBESE_WEIGHT_BASIS: z.enum(['adjusted', 'ideal', 'actual']).default('adjusted'),
    /** BUN and creatinine at most this many days before the dose: 30 by rule 13 [PH2][MMO]. */
    PHARMACY_BASELINE_LABS_MAX_AGE_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  }),
);

export type PharmacySettings = SectionValue<typeof pharmacySettingsConfig>;
