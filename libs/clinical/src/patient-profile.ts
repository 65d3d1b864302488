import {
  BLOOD_TYPES,
  type BloodType,
  RISK_CONDITIONS,
  type RiskCondition,
  type Sex,
} from '@infuse/contracts';
import { ClinicalError } from './clinical-error';

/**
 * Risk conditions, blood types and sex in the vocabulary of the referral contract, which
 * @infuse/contracts publishes. An unknown value is rejected, since a misspelt risk must not pass
 * silently.
 */
export const riskConditions = RISK_CONDITIONS;
export const bloodTypes = BLOOD_TYPES;
export type { BloodType, RiskCondition, Sex };

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
