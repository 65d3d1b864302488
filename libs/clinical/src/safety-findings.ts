import { type NumberRange } from './clinical-types';

// Vocabulary of safety findings and monitoring tasks (section 3 of the reference).

/** A course of 2 g/kg or more is "high dose" for hemolysis and aseptic meningitis [PRV4][PRVISI]. */
export const HIGH_DOSE_GRAMS_PER_KG = 2;
/** Advanced age for renal and thrombotic risk: over 65 [PRV3] (rule 12). */
export const RISK_AGE_YEARS = 65;
/** Hemolysis labs 36–96 h after the infusion [PRV4][PRV-CH]. */
export const HEMOLYSIS_LAB_WINDOW_HOURS: NumberRange = { min: 36, max: 96 };
/** Maltose reads as glucose during the infusion and for about 15 h after [OCT5][OCT-MIMS]. */
export const MALTOSE_INTERFERENCE_HOURS = 15;

/** Findings that forbid the product for this patient. */
export type HardStopCode =
  | 'IGA_DEFICIENCY_WITH_ANTIBODIES_AND_HYPERSENSITIVITY'
  | 'PRIOR_ANAPHYLAXIS_TO_IG'
  | 'HYPERPROLINEMIA_WITH_PROLINE_PRODUCT'
  | 'ROUTE_NOT_AVAILABLE'
  | 'SC_ROUTE_FORBIDDEN_FOR_INDICATION';

/** Findings the pharmacist must acknowledge. */
export type WarningCode =
  | 'IGA_DEFICIENCY_WITH_ANTIBODIES'
  | 'HYPERPROLINEMIA_WITH_PROLINE_PRODUCT'
  | 'HEREDITARY_FRUCTOSE_INTOLERANCE_SORBITOL'
  | 'MALTOSE_GLUCOSE_METER'
  | 'CORN_ALLERGY_MALTOSE'
  | 'RENAL_RISK'
  | 'THROMBOSIS_RISK'
  | 'SUCROSE_WITH_RENAL_RISK'
  | 'HEMOLYSIS_RISK'
  | 'ASEPTIC_MENINGITIS_HIGH_DOSE'
  | 'VOLUME_OVERLOAD_HIGH_DOSE'
  | 'VOLUME_OVERLOAD_LOW_CONCENTRATION'
  | 'OFF_LABEL'
  | 'BELOW_LABELED_AGE'
  | 'HIGH_REACTION_RISK';

/** One safety finding with its sources. */
export interface SafetyFinding {
  readonly code: HardStopCode | WarningCode;
  readonly severity: 'hard-stop' | 'warning';
  readonly message: string;
  readonly sources: readonly string[];
}

/** Tasks the screening creates for the pharmacy and nursing. */
export type MonitoringTaskCode =
  | 'HEMOLYSIS_HGB_HCT_BEFORE'
  | 'HEMOLYSIS_HGB_HCT_AFTER'
  | 'GLUCOSE_SPECIFIC_METHOD'
  | 'RENAL_FUNCTION_BEFORE'
  | 'HYDRATION_DOCUMENTATION'
  | 'BLOOD_VISCOSITY'
  | 'EPINEPHRINE_AVAILABLE'
  | 'POST_INFUSION_OBSERVATION';

/** A monitoring task, timed relative to the infusion. */
export interface MonitoringTask {
  readonly code: MonitoringTaskCode;
  readonly description: string;
  readonly timing: 'before-infusion' | 'during-infusion' | 'after-infusion';
  /** Window after the end of the infusion, hours (hemolysis labs 36–96 h, glucose method 0–15 h). */
  readonly windowHoursAfterEnd?: NumberRange;
  readonly durationMinutes?: number;
  readonly sources: readonly string[];
}

/** A hard-stop finding. */
export const hardStop = (
  code: HardStopCode,
  message: string,
  sources: readonly string[],
): SafetyFinding => ({ code, severity: 'hard-stop', message, sources });
/** A warning finding. */
export const warning = (
  code: WarningCode,
  message: string,
  sources: readonly string[],
): SafetyFinding => ({ code, severity: 'warning', message, sources });
