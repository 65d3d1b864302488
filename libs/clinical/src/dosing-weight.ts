import { ClinicalError, requirePositive } from './clinical-error';
import { type ClinicalSettings, defaultClinicalSettings } from './clinical-settings';
import { type Sex } from './patient-profile';

const CM_PER_INCH = 2.54;
/** Devine IBW: base kg plus 2.3 kg per inch over 60 in [NBA]. */
const DEVINE = {
  maleBaseKg: 50, // [NBA]
  femaleBaseKg: 45.5, // [NBA]
  kgPerInch: 2.3, // [NBA]
  baseHeightInches: 60, // [NBA]
} as const;

/** The weight a dose is calculated on, with the figures behind it. */
export interface DosingWeight {
  readonly actualKg: number;
  readonly heightCm: number;
  readonly bmi: number;
  /** Sex used in the Devine formula. */
  readonly formulaSex: 'female' | 'male';
  /**
   * Null for a patient too short for Devine's formula (about 100 cm, a small child): it gives no
   * usable weight there, and is only needed when the obese-patient weight applies.
   */
  readonly idealKg: number | null;
  readonly adjustedKg: number | null;
  /** Which weight the policy chose. */
  readonly basis: 'actual' | 'ideal' | 'adjusted';
  readonly dosingWeightKg: number;
  readonly sources: readonly string[];
}

/** Input of `calculateDosingWeight`. */
export interface DosingWeightInput {
  readonly weightKg: number;
  readonly heightCm: number;
  readonly sex: Sex;
  /** The pharmacist's choice of formula for 'other' or 'unknown' sex; overrides the setting. */
  readonly formulaSex?: 'female' | 'male';
}

// Weights are shown and used to 0.1 kg, as a pharmacist would write them.
function roundKg(kg: number): number {
  return Math.round(kg * 10) / 10;
}

/** Body-mass index, kg/m². */
export function bodyMassIndex(weightKg: number, heightCm: number): number {
  requirePositive(weightKg, 'CLINICAL.INVALID_WEIGHT', 'weightKg');
  const meters = requirePositive(heightCm, 'CLINICAL.INVALID_HEIGHT', 'heightCm') / 100;
  return weightKg / (meters * meters);
}

/** Devine ideal body weight, kg: 50 (male) or 45.5 (female) + 2.3 × (height in − 60) [NBA]. */
export function idealBodyWeightKg(heightCm: number, sex: 'female' | 'male'): number {
  const inches = requirePositive(heightCm, 'CLINICAL.INVALID_HEIGHT', 'heightCm') / CM_PER_INCH;
  const base = sex === 'male' ? DEVINE.maleBaseKg : DEVINE.femaleBaseKg;
  const ideal = base + DEVINE.kgPerInch * (inches - DEVINE.baseHeightInches);
  if (ideal <= 0) {
    throw new ClinicalError(
      'CLINICAL.INVALID_HEIGHT',
      `height ${heightCm} cm gives no usable ideal body weight`,
      {
        heightCm,
      },
    );
  }
  return roundKg(ideal);
}

/** Adjusted (dose-determining) body weight: IBW + factor × (actual − IBW) [NBA]. */
export function adjustedBodyWeightKg(actualKg: number, idealKg: number, factor: number): number {
  requirePositive(actualKg, 'CLINICAL.INVALID_WEIGHT', 'actualKg');
  return roundKg(idealKg + factor * (actualKg - idealKg));
}

/**
 * The dosing weight under the settings' policy (rule 7 ⚙): actual weight when BMI is below the
 * threshold (30 [DRO-WT]); at or above it, AdjBW by default, or IBW / actual as configured.
 */
export function calculateDosingWeight(
  input: DosingWeightInput,
  settings: ClinicalSettings = defaultClinicalSettings,
): DosingWeight {
  const policy = settings.dosingWeight;
  const bmi = bodyMassIndex(input.weightKg, input.heightCm);
  const formulaSex =
    input.formulaSex ??
    (input.sex === 'female' || input.sex === 'male' ? input.sex : policy.sexForOtherOrUnknown);
  const basis = bmi < policy.bmiThreshold ? 'actual' : policy.obeseWeightBasis;
  const idealKg = idealWeightIfUsable(input.heightCm, formulaSex, basis !== 'actual');
  const adjustedKg =
    idealKg === null
      ? null
      : adjustedBodyWeightKg(input.weightKg, idealKg, policy.adjustmentFactor);
  const byBasis = {
    actual: roundKg(input.weightKg),
    ideal: idealKg,
    adjusted: adjustedKg,
  } as const;
  const dosingWeightKg = byBasis[basis];
  // Unreachable: the ideal weight is only unusable when the basis is the actual weight.
  if (dosingWeightKg === null) throw new Error('no dosing weight for this basis');
  return {
    actualKg: roundKg(input.weightKg),
    heightCm: input.heightCm,
    bmi: Math.round(bmi * 10) / 10,
    formulaSex,
    idealKg,
    adjustedKg,
    basis,
    dosingWeightKg,
    sources: ['NBA', 'DRO-WT'],
  };
}

// Devine's IBW, or null when it is unusable (too short) and the policy does not need it.
function idealWeightIfUsable(
  heightCm: number,
  sex: 'female' | 'male',
  needed: boolean,
): number | null {
  try {
    return idealBodyWeightKg(heightCm, sex);
  } catch (error) {
    if (needed || !(error instanceof ClinicalError) || error.code !== 'CLINICAL.INVALID_HEIGHT')
      throw error;
    return null;
  }
}
