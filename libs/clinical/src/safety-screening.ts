import { requirePositive } from './clinical-error';
import { type ClinicalSettings, defaultClinicalSettings } from './clinical-settings';
import { type IndicationId, type Route } from './clinical-types';
import { getIndication } from './indications';
import {
  assessInfusionStart,
  type InfusionHistory,
  type InfusionStartAssessment,
} from './infusion-start';
import { type RateCap } from './infusion-rate';
import { isNonOBloodGroup, type PatientProfile, type RiskCondition } from './patient-profile';
import { findLabeledUse, getProduct } from './product-catalogue';
import { screenExcipients, screenHypersensitivity } from './safety-contraindications';
import {
  HEMOLYSIS_LAB_WINDOW_HOURS,
  HIGH_DOSE_GRAMS_PER_KG,
  hardStop,
  type MonitoringTask,
  RISK_AGE_YEARS,
  type SafetyFinding,
  warning,
} from './safety-findings';

const RENAL_RISK_CONDITIONS: readonly RiskCondition[] = [
  'renal_impairment',
  'diabetes',
  'sepsis',
  'paraproteinemia',
  'nephrotoxic_drugs',
]; // [PRV3][PRVISI]
const THROMBOSIS_RISK_CONDITIONS: readonly RiskCondition[] = [
  'thrombosis_history',
  'hypercoagulable_state',
  'immobility',
  'estrogen_therapy',
  'central_line',
  'hyperviscosity',
  'heart_failure', // "cardiovascular risk" in the boxed warning [GGL2]
]; // [GGL2][HIZ0][BIV3]

/** What is screened: a patient, a product for an indication, and the course dose. */
export interface SafetyScreeningRequest {
  readonly patient: PatientProfile;
  readonly productId: string;
  readonly indication: IndicationId;
  /** Defaults to the product's first route. */
  readonly route?: Route;
  /** Cumulative dose of the course, g/kg (a 1 g/kg × 2 day ITP course is 2). */
  readonly courseDoseGramsPerKg: number;
  readonly history: InfusionHistory;
}

export {
  HEMOLYSIS_LAB_WINDOW_HOURS,
  HIGH_DOSE_GRAMS_PER_KG,
  type HardStopCode,
  MALTOSE_INTERFERENCE_HOURS,
  type MonitoringTask,
  type MonitoringTaskCode,
  RISK_AGE_YEARS,
  type SafetyFinding,
  type WarningCode,
} from './safety-findings';

/** The screening of one product for one patient. */
export interface SafetyScreening {
  readonly productId: string;
  /** No hard stop. */
  readonly eligible: boolean;
  readonly hardStops: readonly SafetyFinding[];
  readonly warnings: readonly SafetyFinding[];
  /** Rate ceiling for renal/thrombotic risk (rule 12), when the product label gives one. */
  readonly rateCap?: RateCap;
  readonly monitoringTasks: readonly MonitoringTask[];
  readonly observationMinutes: number;
  readonly infusionStart: InfusionStartAssessment;
  readonly renalRiskFactors: readonly string[];
  readonly thrombosisRiskFactors: readonly string[];
}

function riskFactors(patient: PatientProfile, conditions: readonly RiskCondition[]): string[] {
  const factors: string[] = patient.conditions.filter((condition) =>
    conditions.includes(condition),
  );
  return patient.ageYears > RISK_AGE_YEARS ? [...factors, 'age_over_65'] : factors;
}

/**
 * Screens a patient against a product (rules 12, 14–18): hard stops, warnings, the risk rate cap
 * and the monitoring tasks, including the post-infusion observation time.
 */
export function screenSafety(
  request: SafetyScreeningRequest,
  settings: ClinicalSettings = defaultClinicalSettings,
): SafetyScreening {
  const product = getProduct(request.productId, settings);
  const indication = getIndication(request.indication, settings);
  const route = request.route ?? product.routes[0] ?? 'IV';
  const courseDose = requirePositive(
    request.courseDoseGramsPerKg,
    'CLINICAL.INVALID_DOSE',
    'courseDoseGramsPerKg',
  );
  const { patient } = request;
  const has = (condition: RiskCondition): boolean => patient.conditions.includes(condition);
  const findings: SafetyFinding[] = [];
  const tasks: MonitoringTask[] = [];

  if (!product.routes.includes(route)) {
    const message =
      route === 'IV'
        ? `${product.brandName} is SC only: SCIG must never be given intravascularly`
        : `${product.brandName} is not given SC`;
    findings.push(hardStop('ROUTE_NOT_AVAILABLE', message, ['HIZ2', 'HID']));
  }
  if (route === 'SC' && product.scig?.forbiddenIndications?.includes(indication.id)) {
    findings.push(
      hardStop(
        'SC_ROUTE_FORBIDDEN_FOR_INDICATION',
        `${product.brandName} must not be given SC for ${indication.name}`,
        ['GMX2'],
      ),
    );
  }
  screenHypersensitivity(has, product, findings, tasks);
  screenExcipients(has, product, findings, tasks);

  const use = findLabeledUse(product, indication.id, route);
  if (!use) {
    findings.push(
      warning(
        'OFF_LABEL',
        `${product.brandName} is not labeled for ${indication.name} (${route})`,
        product.sources,
      ),
    );
  } else if (use.minAgeYears !== undefined && patient.ageYears < use.minAgeYears) {
    findings.push(
      warning(
        'BELOW_LABELED_AGE',
        `${product.brandName} is labeled for ${indication.name} from age ${use.minAgeYears}`,
        use.sources,
      ),
    );
  }

  const renal = riskFactors(patient, RENAL_RISK_CONDITIONS);
  const thrombosis = riskFactors(patient, THROMBOSIS_RISK_CONDITIONS);
  if (renal.length > 0) {
    findings.push(
      warning(
        'RENAL_RISK',
        `Renal risk (${renal.join(', ')}): check BUN and creatinine, hydrate, use the minimum dose and rate`,
        ['PRV3', 'PRVISI'],
      ),
    );
    if (product.containsSucrose) {
      findings.push(
        warning(
          'SUCROSE_WITH_RENAL_RISK',
          'Sucrose products account for a disproportionate share of renal failure',
          ['PRV3'],
        ),
      );
    }
  }
  if (thrombosis.length > 0) {
    findings.push(
      warning(
        'THROMBOSIS_RISK',
        `Thrombosis risk (${thrombosis.join(', ')}): hydrate first, use the minimum dose and rate`,
        ['GGL2', 'HIZ0', 'BIV3'],
      ),
    );
  }
  if (renal.length > 0 || thrombosis.length > 0) {
    tasks.push({
      code: 'HYDRATION_DOCUMENTATION',
      description: 'Document hydration before the infusion',
      timing: 'before-infusion',
      sources: ['GGL2'],
    });
  }
  if (has('hyperviscosity') || has('paraproteinemia')) {
    tasks.push({
      code: 'BLOOD_VISCOSITY',
      description: 'Check blood viscosity (monoclonal gammopathy / hyperviscosity)',
      timing: 'before-infusion',
      sources: ['GGL2'],
    });
  }
  const infusionStart = assessInfusionStart(request.history, product.id);
  if (route === 'IV' && (renal.length > 0 || infusionStart.reasons.includes('IG_NAIVE'))) {
    tasks.push({
      code: 'RENAL_FUNCTION_BEFORE',
      description: 'BUN and serum creatinine before the infusion',
      timing: 'before-infusion',
      sources: ['PRV3', 'GMX5'],
    });
  }
  const rateCap: RateCap | undefined =
    route === 'IV' && product.riskRateCap && (renal.length > 0 || thrombosis.length > 0)
      ? { ...product.riskRateCap, reason: 'renal or thrombotic risk' }
      : undefined;

  // Rule 17: hemolysis labs before and 36–96 h after when the course is ≥2 g/kg or the group is non-O.
  const nonO =
    patient.bloodType === undefined
      ? settings.unknownBloodTypeCountsAsNonO
      : isNonOBloodGroup(patient.bloodType);
  const highDose = courseDose >= HIGH_DOSE_GRAMS_PER_KG;
  if (highDose || nonO) {
    const why = [
      highDose ? `course ${courseDose} g/kg` : '',
      nonO ? `blood type ${patient.bloodType ?? 'unknown'}` : '',
    ]
      .filter(Boolean)
      .join(', ');
    findings.push(warning('HEMOLYSIS_RISK', `Hemolysis risk (${why})`, ['PRV4', 'PRV-CH']));
    tasks.push(
      {
        code: 'HEMOLYSIS_HGB_HCT_BEFORE',
        description: 'Hgb/Hct before the infusion',
        timing: 'before-infusion',
        sources: ['PRV4', 'PRV-CH'],
      },
      {
        code: 'HEMOLYSIS_HGB_HCT_AFTER',
        description: 'Hgb/Hct 36–96 h after the infusion',
        timing: 'after-infusion',
        windowHoursAfterEnd: HEMOLYSIS_LAB_WINDOW_HOURS,
        sources: ['PRV4', 'PRV-CH'],
      },
    );
  }
  if (highDose) {
    findings.push(
      warning(
        'ASEPTIC_MENINGITIS_HIGH_DOSE',
        'Aseptic meningitis is more frequent with high doses (2 g/kg) and rapid infusion',
        ['PRVISI', 'GMX1'],
      ),
    );
  }
  if (has('heart_failure') && highDose) {
    findings.push(
      warning(
        'VOLUME_OVERLOAD_HIGH_DOSE',
        'Fluid volume concern: avoid high-dose regimens and split doses',
        ['GMX4', 'PRVISI'],
      ),
    );
  }
  if (has('heart_failure') && product.concentrationPercent < 10) {
    findings.push(
      warning(
        'VOLUME_OVERLOAD_LOW_CONCENTRATION',
        `Fluid volume concern: prefer a 10% product over ${product.brandName}`,
        ['GMX4', 'PRVISI'],
      ),
    );
  }
  if (infusionStart.startAtInitialRate) {
    findings.push(
      warning(
        'HIGH_REACTION_RISK',
        `Higher reaction risk (${infusionStart.reasons.join(', ')}): start at the lowest rate and observe ${infusionStart.observationMinutes} min after`,
        infusionStart.sources,
      ),
    );
  }
  tasks.push({
    code: 'POST_INFUSION_OBSERVATION',
    description: `Observe ${infusionStart.observationMinutes} min after the infusion`,
    timing: 'after-infusion',
    durationMinutes: infusionStart.observationMinutes,
    sources: infusionStart.sources,
  });

  const hardStops = findings.filter((finding) => finding.severity === 'hard-stop');
  return {
    productId: product.id,
    eligible: hardStops.length === 0,
    hardStops,
    warnings: findings.filter((finding) => finding.severity === 'warning'),
    ...(rateCap ? { rateCap } : {}),
    monitoringTasks: tasks,
    observationMinutes: infusionStart.observationMinutes,
    infusionStart,
    renalRiskFactors: renal,
    thrombosisRiskFactors: thrombosis,
  };
}
