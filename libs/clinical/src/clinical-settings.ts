import { type IndicationDefinition, indicationDefinitions } from './indication-definitions';
import { productCatalogue } from './product-catalogue-data';
import { type ImmuneGlobulinProduct } from './product-types';

/** Which weight the dose is calculated on (rule 7 ⚙: a per-payer or per-prescriber policy). */
export interface DosingWeightPolicy {
  /** BMI at or above which the obese-patient weight applies [DRO-WT] (secondary). */
  readonly bmiThreshold: number;
  /** Weight used at or above the threshold: AdjBW (rule 7 default), IBW, or actual. */
  readonly obeseWeightBasis: 'adjusted' | 'ideal' | 'actual';
  /** AdjBW = IBW + factor × (actual − IBW) [NBA]. */
  readonly adjustmentFactor: number;
  /** Devine IBW needs female or male; used for 'other' and 'unknown' unless the pharmacist chooses. */
  readonly sexForOtherOrUnknown: 'female' | 'male';
}

/** How titration proceeds when the label only says "as tolerated" or "gradually". */
export interface UnspecifiedTitration {
  /** Each step multiplies the rate by this factor, up to the maximum. */
  readonly rateMultiplier: number;
  /** Minutes per step when the label gives no interval. */
  readonly stepMinutes: number;
}

/** Authorization validity (rule 23 ⚙). */
export interface AuthorizationPolicy {
  /** Default length of an initial authorization, months [PH1][PH2]. */
  readonly initialMonths: number;
  /** Default length of a reauthorization, months [PH1][PH2]. */
  readonly reauthorizationMonths: number;
  /** Days before the period ends to open the reauthorization task (unconfirmed). */
  readonly reauthorizationLeadDays: number;
}

/**
 * Every policy choice and every fact the reference marks unconfirmed, with the reference's value
 * as the default. Functions take settings as an optional last parameter.
 */
export interface ClinicalSettings {
  /** The product catalogue. Unconfirmed facts are listed per product in `unconfirmed`. */
  readonly products: readonly ImmuneGlobulinProduct[];
  /** Indications with ICD-10 codes (unconfirmed codes flagged) and guideline regimens. */
  readonly indications: readonly IndicationDefinition[];
  readonly dosingWeight: DosingWeightPolicy;
  /** Allowed deviation of the dispensed grams from the ordered grams, % (rule 8 ⚙, unconfirmed). */
  readonly vialRoundingTolerancePercent: number;
  /** Daily grams above which splitting over 3–5 days is suggested (section 2c, unconfirmed). */
  readonly largeDailyDoseGrams: number;
  readonly unspecifiedTitration: UnspecifiedTitration;
  /** BUN and creatinine must be at most this many days old (rule 13, payer rule [PH2][MMO]). */
  readonly baselineLabsMaxAgeDays: number;
  /** Cutaquig rates: the reference saw two label versions [CUT1][CUT2]. */
  readonly cutaquigLabelVersion: 'a' | 'b';
  /** Treat a missing blood type as non-O, so hemolysis labs are ordered (rule 17). */
  readonly unknownBloodTypeCountsAsNonO: boolean;
  readonly authorization: AuthorizationPolicy;
}

/** The reference's values. */
export const defaultClinicalSettings: ClinicalSettings = {
  products: productCatalogue,
  indications: indicationDefinitions,
  dosingWeight: {
    bmiThreshold: 30, // [DRO-WT] (secondary), rule 7 ⚙
    obeseWeightBasis: 'adjusted', // rule 7 ⚙: AdjBW when BMI ≥30 [NBA]
    adjustmentFactor: 0.4, // [NBA]
    // Not in the reference: the referral contract leaves the choice to the pharmacist. The female
    // formula gives the lower IBW, so the default never raises the dose.
    sexForOtherOrUnknown: 'female',
  },
  vialRoundingTolerancePercent: 5, // rule 8 ⚙ "±5 %" is unconfirmed (section 2c)
  largeDailyDoseGrams: 80, // section 2c ">80 g/day split over 3–5 days" is unconfirmed (secondary only)
  unspecifiedTitration: {
    // Not in the reference: labels for Privigen, Gamunex-C, Panzyga, Asceniv, Gammagard say "as
    // tolerated", "gradually" or give only the interval. Doubling every 30 min is a local
    // protocol default for the pharmacist to confirm.
    rateMultiplier: 2,
    stepMinutes: 30,
  },
  baselineLabsMaxAgeDays: 30, // [PH2][MMO] payer rule, rule 13
  cutaquigLabelVersion: 'a', // [CUT1] version (a); [CUT2] version (b)
  unknownBloodTypeCountsAsNonO: true, // our choice: never skip hemolysis labs silently
  authorization: {
    initialMonths: 6, // [PH1][PH2] "initial 6 months", rule 23 ⚙
    reauthorizationMonths: 12, // [PH1][PH2] "renew annually", rule 23 ⚙
    reauthorizationLeadDays: 30, // rule 23: lead time unconfirmed
  },
};

/** Overrides for `withClinicalSettings`; nested policies may be overridden field by field. */
export type ClinicalSettingsOverrides = Partial<
  Omit<ClinicalSettings, 'dosingWeight' | 'unspecifiedTitration' | 'authorization'>
> & {
  readonly dosingWeight?: Partial<DosingWeightPolicy>;
  readonly unspecifiedTitration?: Partial<UnspecifiedTitration>;
  readonly authorization?: Partial<AuthorizationPolicy>;
};

/** Settings with `overrides` applied on top of `base` (the defaults unless given). */
export function withClinicalSettings(
  overrides: ClinicalSettingsOverrides,
  base: ClinicalSettings = defaultClinicalSettings,
): ClinicalSettings {
  return {
    ...base,
    ...overrides,
    dosingWeight: { ...base.dosingWeight, ...overrides.dosingWeight },
    unspecifiedTitration: { ...base.unspecifiedTitration, ...overrides.unspecifiedTitration },
    authorization: { ...base.authorization, ...overrides.authorization },
  };
}
