import { ClinicalError } from './clinical-error';

/**
 * Risk conditions in the vocabulary of the referral contract (fixtures/referrals/README.md).
 * An unknown value is rejected, since a misspelt risk must not pass silently.
 */
export const riskConditions = [
  'renal_impairment',
  'diabetes',
  'heart_failure',
  'thrombosis_history',
  'hypercoagulable_state',
  'immobility',
  'estrogen_therapy',
  'central_line',
  'hyperviscosity',
  'sepsis',
  'paraproteinemia',
  'nephrotoxic_drugs',
  'iga_deficiency_with_antibodies',
  'hypersensitivity_history',
  'prior_anaphylaxis_to_ig',
  'hyperprolinemia',
  'hereditary_fructose_intolerance',
  'corn_allergy',
  'uses_glucose_meter',
] as const;

/** One risk condition of the referral vocabulary. */
export type RiskCondition = (typeof riskConditions)[number];

/** ABO/Rh blood types of the referral vocabulary. */
export const bloodTypes = ['O+', 'O-', 'A+', 'A-', 'B+', 'B-', 'AB+', 'AB-'] as const;

/** One blood type of the referral vocabulary. */
export type BloodType = (typeof bloodTypes)[number];

/** Sex as recorded on the referral; dosing-weight formulas need female or male. */
export type Sex = 'female' | 'male' | 'other' | 'unknown';

/** The facts about a patient that the safety rules read. */
export interface PatientProfile {
  /** Completed years of age (see ageInYears). */
  readonly ageYears: number;
  readonly conditions: readonly RiskCondition[];
  /** Absent when not known; an unknown blood type is treated as possibly non-O. */
  readonly bloodType?: BloodType;
}

/** Whether `value` is a risk condition of the referral vocabulary. */
export function isRiskCondition(value: string): value is RiskCondition {
  return (riskConditions as readonly string[]).includes(value);
}

/** Validates raw condition strings; throws `CLINICAL.INVALID_INPUT` naming the unknown ones. */
export function parseRiskConditions(values: readonly string[]): RiskCondition[] {
  const unknown = values.filter((value) => !isRiskCondition(value));
  if (unknown.length > 0) {
    throw new ClinicalError(
      'CLINICAL.INVALID_INPUT',
      `unknown risk condition(s): ${unknown.join(', ')}`,
      {
        unknown,
      },
    );
  }
  return values.filter(isRiskCondition);
}

/** Whether `value` is a blood type of the referral vocabulary. */
export function isBloodType(value: string): value is BloodType {
  return (bloodTypes as readonly string[]).includes(value);
}

/** Whether the blood group is non-O (A, B or AB), a hemolysis risk factor [PRV4][PRV-CH]. */
export function isNonOBloodGroup(bloodType: BloodType): boolean {
  return !bloodType.startsWith('O');
}
