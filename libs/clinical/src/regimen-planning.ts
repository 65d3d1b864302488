import { ClinicalError, requirePositive } from './clinical-error';
import { type ClinicalSettings, defaultClinicalSettings } from './clinical-settings';
import { type DosePhase, type IndicationId, isWithinRange, type Route } from './clinical-types';
import { getIndication } from './indications';
import { addDays, daysBetween, type IsoDate } from './iso-date';
import { findLabeledUse, getProduct } from './product-catalogue';
import { type ImmuneGlobulinProduct, type LabeledUse, type RegimenOption } from './product-types';

/**
 * MMN is labeled in g/kg per month [GGL5]; the reference does not define the month, so we read
 * it as 4 weeks (the q4 wk cycle of IVIG dosing). Our interpretation, not the label's.
 */
const DAYS_PER_DOSING_MONTH = 28;
/** Kawasaki: give within 10 days of fever onset [AHA1] (secondary). */
const KAWASAKI_FEVER_WINDOW_DAYS = 10;

/** A prescribed regimen to plan and check. */
export interface RegimenRequest {
  readonly productId: string;
  readonly indication: IndicationId;
  /** Required only when the indication has several phases (CIDP loading / maintenance). */
  readonly phase?: DosePhase;
  /** Defaults to the product's first route. */
  readonly route?: Route;
  readonly dosingWeightKg: number;
  /** The prescribed dose, g/kg. */
  readonly doseGramsPerKg: number;
  /** 'cycle' (default): the dose is the total of one cycle; 'day': per infusion day. */
  readonly doseBasis?: 'cycle' | 'day';
  /** Consecutive infusion days of one cycle or course. */
  readonly infusionDays: number;
  /** Days from the start of one cycle to the next; absent for a single course. */
  readonly intervalDays?: number;
  readonly patientAgeYears?: number;
  /** First infusion day of the cycle, to list the infusion dates. */
  readonly startDate?: IsoDate;
  /** Kawasaki: first day of fever. */
  readonly feverOnsetDate?: IsoDate;
}

/** Stable codes of regimen findings. */
export type RegimenIssueCode =
  | 'DOSE_BELOW_LABELED_RANGE'
  | 'DOSE_ABOVE_LABELED_RANGE'
  | 'INFUSION_DAYS_OUTSIDE_LABELED_RANGE'
  | 'INTERVAL_OUTSIDE_LABELED_RANGE'
  | 'INTERVAL_MISSING'
  | 'OFF_LABEL'
  | 'BELOW_LABELED_AGE'
  | 'NO_REFERENCE_REGIMEN'
  | 'UNCONFIRMED_REGIMEN'
  | 'KAWASAKI_FEVER_OVER_10_DAYS'
  | 'LARGE_DAILY_DOSE';

/** A finding about the regimen; errors put it outside the labeled range. */
export interface RegimenIssue {
  readonly code: RegimenIssueCode;
  readonly severity: 'error' | 'warning';
  readonly message: string;
  readonly sources: readonly string[];
}

/** The planned regimen: grams per cycle and per infusion day, and how it compares to the label. */
export interface RegimenPlan {
  readonly productId: string;
  readonly indication: IndicationId;
  readonly phase: DosePhase;
  readonly route: Route;
  readonly dosingWeightKg: number;
  readonly cycleDoseMgPerKg: number;
  readonly cycleDoseGrams: number;
  readonly gramsPerInfusionDay: number;
  readonly infusionDays: number;
  readonly intervalDays?: number;
  /** Where the range came from: the product label, the indication guideline, or nowhere. */
  readonly regimenSource: 'product-label' | 'indication-guideline' | 'none';
  readonly regimen?: RegimenOption;
  /** Whether the product is labeled for the indication by this route. */
  readonly labeled: boolean;
  /** No error-level issue. */
  readonly withinLabeledRange: boolean;
  readonly issues: readonly RegimenIssue[];
  /** Infusion days of this cycle, when `startDate` was given. */
  readonly infusionDates: readonly IsoDate[];
  /** Start of the next cycle, when `startDate` and `intervalDays` were given. */
  readonly nextCycleStartDate?: IsoDate;
}

function requireWholePositive(
  value: number,
  code: 'CLINICAL.INVALID_INPUT' | 'CLINICAL.INVALID_INTERVAL',
  what: string,
): void {
  if (!Number.isInteger(value) || value <= 0) {
    throw new ClinicalError(code, `${what} must be a positive whole number, got ${value}`, {
      [what]: value,
    });
  }
}

interface RegimenCandidates {
  readonly source: RegimenPlan['regimenSource'];
  readonly options: readonly RegimenOption[];
}

function candidateRegimens(
  product: ImmuneGlobulinProduct,
  use: LabeledUse | undefined,
  route: Route,
  guideline: readonly RegimenOption[],
): RegimenCandidates {
  if (use && use.regimens.length > 0) {
    return { source: 'product-label', options: use.regimens };
  }
  // Guideline doses are IV doses; an SC dose comes from the IVIG→SCIG conversion instead.
  if (route === 'IV' && guideline.length > 0 && product.routes.includes('IV')) {
    return { source: 'indication-guideline', options: guideline };
  }
  return { source: 'none', options: [] };
}

function resolvePhase(
  requested: DosePhase | undefined,
  options: readonly RegimenOption[],
  indication: IndicationId,
): DosePhase {
  if (requested) {
    return requested;
  }
  const phases = [...new Set(options.map((option) => option.phase))];
  if (phases.length > 1) {
    throw new ClinicalError(
      'CLINICAL.PHASE_REQUIRED',
      `indication '${indication}' needs a phase: ${phases.join(' or ')}`,
      {
        indication,
        phases,
      },
    );
  }
  return phases[0] ?? 'maintenance';
}

function rangeText(min: number, max: number, unit: string): string {
  return min === max ? `${min} ${unit}` : `${min}–${max} ${unit}`;
}

function checkOption(
  option: RegimenOption,
  cycleMgPerKg: number,
  request: RegimenRequest,
): RegimenIssue[] {
  const issues: RegimenIssue[] = [];
  const sources = option.sources;
  const perMonth = option.doseBasis === 'month';
  const comparedDose =
    perMonth && request.intervalDays !== undefined
      ? (cycleMgPerKg * DAYS_PER_DOSING_MONTH) / request.intervalDays
      : cycleMgPerKg;
  const doseRange = rangeText(
    option.cycleDoseMgPerKg.min,
    option.cycleDoseMgPerKg.max,
    perMonth ? 'mg/kg per month' : 'mg/kg per cycle',
  );
  if (comparedDose < option.cycleDoseMgPerKg.min) {
    issues.push({
      code: 'DOSE_BELOW_LABELED_RANGE',
      severity: 'error',
      message: `${Math.round(comparedDose)} mg/kg is below ${doseRange}`,
      sources,
    });
  } else if (comparedDose > option.cycleDoseMgPerKg.max) {
    issues.push({
      code: 'DOSE_ABOVE_LABELED_RANGE',
      severity: 'error',
      message: `${Math.round(comparedDose)} mg/kg is above ${doseRange}`,
      sources,
    });
  }
  if (option.infusionDays && !isWithinRange(request.infusionDays, option.infusionDays)) {
    issues.push({
      code: 'INFUSION_DAYS_OUTSIDE_LABELED_RANGE',
      severity: 'error',
      message: `${request.infusionDays} infusion day(s); labeled ${rangeText(option.infusionDays.min, option.infusionDays.max, 'day(s)')}`,
      sources,
    });
  }
  if (option.intervalDays) {
    const expected = rangeText(option.intervalDays.min, option.intervalDays.max, 'days');
    if (request.intervalDays === undefined) {
      issues.push({
        code: 'INTERVAL_MISSING',
        severity: 'error',
        message: `a repeat interval of ${expected} is expected`,
        sources,
      });
    } else if (!isWithinRange(request.intervalDays, option.intervalDays)) {
      issues.push({
        code: 'INTERVAL_OUTSIDE_LABELED_RANGE',
        severity: 'error',
        message: `every ${request.intervalDays} days; labeled every ${expected}`,
        sources,
      });
    }
  }
  return issues;
}

function bestOption(
  options: readonly RegimenOption[],
  cycleMgPerKg: number,
  request: RegimenRequest,
): { option?: RegimenOption; issues: RegimenIssue[] } {
  let best: { option?: RegimenOption; issues: RegimenIssue[] } = { issues: [] };
  for (const option of options) {
    const issues = checkOption(option, cycleMgPerKg, request);
    if (best.option === undefined || issues.length < best.issues.length) {
      best = { option, issues };
    }
  }
  return best;
}

/**
 * Plans one cycle (grams per cycle and per infusion day, the infusion dates) and checks it
 * against the labeled range for the product and indication: the product's own window where the
 * label gives one (rule 1: Gammagard/Gamunex-C/Panzyga 300–600, Privigen 200–800...), else the
 * indication's guideline regimen (rules 1–5). Throws on invalid input.
 */
export function planRegimen(
  request: RegimenRequest,
  settings: ClinicalSettings = defaultClinicalSettings,
): RegimenPlan {
  const product = getProduct(request.productId, settings);
  const indication = getIndication(request.indication, settings);
  const route = request.route ?? product.routes[0] ?? 'IV';
  if (!product.routes.includes(route)) {
    throw new ClinicalError(
      'CLINICAL.ROUTE_NOT_AVAILABLE',
      `${product.brandName} is not given ${route}`,
      {
        productId: product.id,
        route,
      },
    );
  }
  requirePositive(request.dosingWeightKg, 'CLINICAL.INVALID_WEIGHT', 'dosingWeightKg');
  requirePositive(request.doseGramsPerKg, 'CLINICAL.INVALID_DOSE', 'doseGramsPerKg');
  requireWholePositive(request.infusionDays, 'CLINICAL.INVALID_INPUT', 'infusionDays');
  if (request.intervalDays !== undefined) {
    requireWholePositive(request.intervalDays, 'CLINICAL.INVALID_INTERVAL', 'intervalDays');
  }

  const use = findLabeledUse(product, indication.id, route);
  const candidates = candidateRegimens(product, use, route, indication.regimens);
  const phase = resolvePhase(request.phase, candidates.options, indication.id);
  const phaseOptions = candidates.options.filter((option) => option.phase === phase);

  // Work in whole milligrams so float noise never reaches a dose.
  const perDayFactor = request.doseBasis === 'day' ? request.infusionDays : 1;
  const cycleDoseMgPerKg = Math.round(request.doseGramsPerKg * 1000 * perDayFactor * 1000) / 1000;
  const cycleMg = Math.round(cycleDoseMgPerKg * request.dosingWeightKg);
  const perDayMg = Math.round(cycleMg / request.infusionDays);

  const { option, issues } = bestOption(phaseOptions, cycleDoseMgPerKg, request);
  const labeled = use !== undefined;
  if (!labeled) {
    issues.push({
      code: 'OFF_LABEL',
      severity: 'warning',
      message: `${product.brandName} is not labeled for ${indication.name} (${route})`,
      sources: product.sources,
    });
  }
  if (
    use?.minAgeYears !== undefined &&
    request.patientAgeYears !== undefined &&
    request.patientAgeYears < use.minAgeYears
  ) {
    issues.push({
      code: 'BELOW_LABELED_AGE',
      severity: 'warning',
      message: `labeled from age ${use.minAgeYears}`,
      sources: use.sources,
    });
  }
  if (option === undefined) {
    issues.push({
      code: 'NO_REFERENCE_REGIMEN',
      severity: 'warning',
      message: `the reference gives no ${phase} dose range for ${product.brandName} in ${indication.name} (${route}); pharmacist review`,
      sources: indication.sources,
    });
  } else if (option.unconfirmed) {
    issues.push({
      code: 'UNCONFIRMED_REGIMEN',
      severity: 'warning',
      message:
        'the labeled range is unconfirmed in the reference; verify against the current label',
      sources: option.sources,
    });
  }
  if (indication.id === 'kawasaki' && request.feverOnsetDate && request.startDate) {
    const feverDays = daysBetween(request.feverOnsetDate, request.startDate);
    if (feverDays > KAWASAKI_FEVER_WINDOW_DAYS) {
      issues.push({
        code: 'KAWASAKI_FEVER_OVER_10_DAYS',
        severity: 'warning',
        message: `fever began ${feverDays} days before the infusion; still indicated if fever or inflammation persists`,
        sources: ['AHA1', 'PEM'],
      });
    }
  }
  if (perDayMg / 1000 > settings.largeDailyDoseGrams) {
    // Section 2c: splitting >80 g/day over 3–5 days is unconfirmed (secondary only).
    issues.push({
      code: 'LARGE_DAILY_DOSE',
      severity: 'warning',
      message: `${perDayMg / 1000} g/day exceeds ${settings.largeDailyDoseGrams} g/day; consider splitting over 3–5 days`,
      sources: [],
    });
  }

  const { startDate } = request;
  const infusionDates = startDate
    ? Array.from({ length: request.infusionDays }, (_, day) => addDays(startDate, day))
    : [];
  return {
    productId: product.id,
    indication: indication.id,
    phase,
    route,
    dosingWeightKg: request.dosingWeightKg,
    cycleDoseMgPerKg,
    cycleDoseGrams: cycleMg / 1000,
    gramsPerInfusionDay: perDayMg / 1000,
    infusionDays: request.infusionDays,
    ...(request.intervalDays !== undefined ? { intervalDays: request.intervalDays } : {}),
    regimenSource: option ? candidates.source : 'none',
    ...(option ? { regimen: option } : {}),
    labeled,
    withinLabeledRange: !issues.some((issue) => issue.severity === 'error'),
    issues,
    infusionDates,
    ...(request.startDate && request.intervalDays !== undefined
      ? { nextCycleStartDate: addDays(request.startDate, request.intervalDays) }
      : {}),
  };
}
