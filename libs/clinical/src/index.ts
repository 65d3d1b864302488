// Public API of @infuse/clinical: pure IVIG/SCIG clinical rules, no I/O.

export {
  type AuthorizationKind,
  type AuthorizationPeriod,
  defaultAuthorizationPeriod,
  reauthorizationTaskDate,
} from './authorization-period';
export { ClinicalError, type ClinicalErrorCode } from './clinical-error';
export {
  type AuthorizationPolicy,
  type ClinicalSettings,
  type ClinicalSettingsOverrides,
  type DosingWeightPolicy,
  type UnspecifiedTitration,
  defaultClinicalSettings,
  withClinicalSettings,
} from './clinical-settings';
export {
  type Bounds,
  type DosePhase,
  type Evidence,
  type IndicationId,
  type NumberRange,
  type ProductId,
  type Route,
} from './clinical-types';
export {
  type DosingWeight,
  type DosingWeightInput,
  adjustedBodyWeightKg,
  bodyMassIndex,
  calculateDosingWeight,
  idealBodyWeightKg,
} from './dosing-weight';
export {
  type Icd10Entry,
  type IndicationDefinition,
  type IndicationGroup,
  type IndicationMatch,
  findIndicationByIcd10,
  getIndication,
  indicationDefinitions,
  indicationsInGroup,
  isCidpOrMmnCode,
  isDiagnosisOnLabel,
  isPrimaryImmunodeficiencyCode,
  normalizeIcd10,
} from './indications';
export {
  type InfusionHistory,
  type InfusionStartAssessment,
  type ReactionRiskReason,
  HIGH_RISK_OBSERVATION_MINUTES,
  LONG_GAP_DAYS,
  STANDARD_OBSERVATION_MINUTES,
  assessInfusionStart,
} from './infusion-start';
export {
  type RateCap,
  type RateCheck,
  type RateCheckRequest,
  type ResolvedRateProtocol,
  checkInfusionRate,
  effectiveMaxMgPerKgMin,
  mgPerKgMinToMlPerHour,
  mgPerKgMinToMlPerKgHour,
  mlPerHourToMgPerKgMin,
  mlPerKgHourToMgPerKgMin,
  resolveIvRateProtocol,
} from './infusion-rate';
export {
  type IsoDate,
  type IsoLocalDateTime,
  addDays,
  addMinutes,
  addMonths,
  ageInYears,
  assertIsoDate,
  daysBetween,
  isIsoDate,
  minutesBetween,
  todayIn,
} from './iso-date';
export {
  type DatedLab,
  type LabsGate,
  type LabsGateIssueCode,
  type LabsGateRequest,
  type TroughRecheckWindow,
  TROUGH_RECHECK_MONTHS,
  checkLabsGate,
  troughRecheckWindow,
} from './labs-gate';
export {
  type LotCheck,
  type LotIssueCode,
  type LotRecord,
  checkLotForAdministration,
  isPooledBagUsable,
  pooledBagBeyondUse,
  roomTemperatureExpiryDate,
} from './lot-expiry';
export {
  type MeaslesExposureDose,
  type MeaslesExposurePlan,
  MEASLES_EXTRA_DOSE_MG_PER_KG,
  MEASLES_WINDOW_DAYS,
  measlesExposureDose,
  measlesExposurePlan,
} from './measles-exposure';
export {
  type PremedicationAdvice,
  MILD_REACTION_STANDING_ORDER,
  PREMEDICATION_MINUTES_BEFORE,
  premedicationAdvice,
} from './premedication';
export {
  type DoseCycle,
  type DoseDue,
  LIVE_VACCINE_WAIT_MONTHS,
  doseCalendar,
  doseDue,
  liveVaccineEarliestDate,
  nextDoseDate,
} from './next-dose';
export {
  type BloodType,
  type PatientProfile,
  type RiskCondition,
  type Sex,
  bloodTypes,
  isBloodType,
  isNonOBloodGroup,
  isRiskCondition,
  parseRiskConditions,
  riskConditions,
} from './patient-profile';
export {
  type ProductFilter,
  findLabeledUse,
  findProductByBrandName,
  getProduct,
  isLabeledFor,
  listProducts,
  mgPerMl,
  productCatalogue,
  routeForTherapy,
} from './product-catalogue';
export {
  type ExcludedProduct,
  type ExclusionCode,
  type ExclusionReason,
  type ProductRanking,
  type ProductRankingRequest,
  type RankedProduct,
  rankProducts,
} from './product-ranking';
export {
  type HcpcsCode,
  type IgaContent,
  type ImmuneGlobulinProduct,
  type IvRateProtocol,
  type LabeledUse,
  type ProductField,
  type RegimenOption,
  type RiskRateCap,
  type ScigConversion as ScigConversionRule,
  type ScigParameters,
  type ScigSiteRule,
  type Stabilizer,
  type StorageRule,
  type TitrationIncrements,
  type VialSize,
} from './product-types';
export {
  type RegimenIssue,
  type RegimenIssueCode,
  type RegimenPlan,
  type RegimenRequest,
  planRegimen,
} from './regimen-planning';
export {
  type HardStopCode,
  type MonitoringTask,
  type MonitoringTaskCode,
  type SafetyFinding,
  type SafetyScreening,
  type SafetyScreeningRequest,
  type WarningCode,
  HEMOLYSIS_LAB_WINDOW_HOURS,
  HIGH_DOSE_GRAMS_PER_KG,
  MALTOSE_INTERFERENCE_HOURS,
  RISK_AGE_YEARS,
  screenSafety,
} from './safety-screening';
export {
  type RampUpDose,
  type ScigConversion,
  type ScigConversionRequest,
  type ScigFrequency,
  FIRST_SC_DOSE_AFTER_DAYS,
  convertToScig,
} from './scig-conversion';
export {
  type ScigInfusionIssue,
  type ScigInfusionPlan,
  type ScigInfusionRequest,
  type ScigRateStep,
  planScigInfusion,
} from './scig-infusion';
export {
  type TitrationRequest,
  type TitrationSchedule,
  type TitrationStep,
  buildTitrationSchedule,
} from './titration-schedule';
export {
  type AuthorizationBalance,
  type BillingUnits,
  type DispenseCheck,
  type DispenseCheckRequest,
  type DispenseIssueCode,
  IVIG_BILLING_UNIT_MG,
  SCIG_BILLING_UNIT_MG,
  billingUnitsFor,
  checkDispenseAgainstAuthorization,
} from './billing-units';
export {
  type VialCount,
  type DoseVials,
  type VialSelection,
  type VialSelectionRequest,
  selectDoseVials,
  selectVials,
} from './vial-selection';
