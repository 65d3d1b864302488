import { ClinicalError } from './clinical-error';
import { daysBetween, type IsoDate } from './iso-date';

/** More than 8 weeks since the last dose counts as a long gap [HIZ2][PRV5] (rule 10: >56 days). */
export const LONG_GAP_DAYS = 56;
/** Observation after the infusion for first-dose / switch / long-gap patients: 1 h [HIZ2][PRV5][PRV1][GGL1]. */
export const HIGH_RISK_OBSERVATION_MINUTES = 60;
/** Observation for other patients: at least 20 min [HIZ2][PRV5][PRV1][GGL1]. */
export const STANDARD_OBSERVATION_MINUTES = 20;

/** What is known about the patient's previous immune globulin infusions. */
export interface InfusionHistory {
  /** Date of the infusion being planned. */
  readonly infusionDate: IsoDate;
  /** Date of the last IG infusion; absent when the patient is IG-naive. */
  readonly lastInfusionDate?: IsoDate;
  /** Product of the last infusion; absent when unknown (treated as a switch). */
  readonly lastProductId?: string;
}

/** Why a patient is at higher reaction risk. */
export type ReactionRiskReason = 'IG_NAIVE' | 'BRAND_SWITCH' | 'GAP_OVER_8_WEEKS';

/** Whether the infusion must start at the initial rate, and the observation period after it. */
export interface InfusionStartAssessment {
  readonly startAtInitialRate: boolean;
  readonly reasons: readonly ReactionRiskReason[];
  readonly daysSinceLastInfusion?: number;
  readonly observationMinutes: number;
  readonly sources: readonly string[];
}

/**
 * Rules 10 and 18: a patient new to IG, switching brand, or more than 56 days since the last dose
 * starts at the product's initial rate and is observed 60 min after the infusion; others ≥20 min.
 */
export function assessInfusionStart(
  history: InfusionHistory,
  productId: string,
): InfusionStartAssessment {
  const reasons: ReactionRiskReason[] = [];
  let daysSinceLastInfusion: number | undefined;
  if (history.lastInfusionDate === undefined) {
    reasons.push('IG_NAIVE');
  } else {
    daysSinceLastInfusion = daysBetween(history.lastInfusionDate, history.infusionDate);
    if (daysSinceLastInfusion < 0) {
      throw new ClinicalError(
        'CLINICAL.INVALID_DATE',
        'the last infusion is after the planned infusion',
        {
          lastInfusionDate: history.lastInfusionDate,
          infusionDate: history.infusionDate,
        },
      );
    }
    if (history.lastProductId !== productId) {
      reasons.push('BRAND_SWITCH');
    }
    if (daysSinceLastInfusion > LONG_GAP_DAYS) {
      reasons.push('GAP_OVER_8_WEEKS');
    }
  }
  const highRisk = reasons.length > 0;
  return {
    startAtInitialRate: highRisk,
    reasons,
    ...(daysSinceLastInfusion !== undefined ? { daysSinceLastInfusion } : {}),
    observationMinutes: highRisk ? HIGH_RISK_OBSERVATION_MINUTES : STANDARD_OBSERVATION_MINUTES,
    sources: ['HIZ2', 'PRV5', 'PRV1', 'GGL1'],
  };
}
