import { ClinicalError, requirePositive } from './clinical-error';
import { type ClinicalSettings, defaultClinicalSettings } from './clinical-settings';
import { type IndicationId } from './clinical-types';
import {
  assessInfusionStart,
  type InfusionHistory,
  type ReactionRiskReason,
} from './infusion-start';
import {
  mgPerKgMinToMlPerHour,
  mgPerKgMinToMlPerKgHour,
  type RateCap,
  resolveIvRateProtocol,
} from './infusion-rate';
import { getProduct, mgPerMl } from './product-catalogue';
import { type IvRateProtocol } from './product-types';

/** What to schedule: one IV infusion day of a product for a patient. */
export interface TitrationRequest {
  readonly productId: string;
  readonly indication: IndicationId;
  /** Weight the mg/kg/min rates are applied to, kg. */
  readonly weightKg: number;
  /** Grams infused this day. */
  readonly doseGrams: number;
  readonly history: InfusionHistory;
  /** Rate cap from safety screening (renal or thrombotic risk). */
  readonly rateCap?: RateCap;
  /** Highest rate tolerated last time; used only when the initial rate is not required. */
  readonly lastToleratedMgPerKgMin?: number;
}

/** One rate step of the schedule. */
export interface TitrationStep {
  readonly step: number;
  readonly startMinute: number;
  readonly durationMinutes: number;
  readonly mgPerKgMin: number;
  readonly mlPerKgPerHour: number;
  /** Pump rate for this patient, mL/h. */
  readonly mlPerHour: number;
  readonly volumeMl: number;
}

/** The titration schedule of one infusion, with total time and observation. */
export interface TitrationSchedule {
  readonly productId: string;
  readonly indication: IndicationId;
  readonly weightKg: number;
  readonly doseGrams: number;
  readonly concentrationPercent: number;
  readonly totalVolumeMl: number;
  /** False when the product is off-label and its most conservative labeled rates were used. */
  readonly labeledProtocol: boolean;
  /** False when the label gives no step rule and the settings' rule was used. */
  readonly stepRuleFromLabel: boolean;
  /** Rule 10: IG-naive, brand switch or a gap over 56 days. */
  readonly initialRateRequired: boolean;
  /** Whether the schedule starts at the initial rate (else at the last tolerated rate). */
  readonly startAtInitialRate: boolean;
  readonly startReasons: readonly ReactionRiskReason[];
  /** Highest rate of this schedule (product maximum, lowered by any risk cap). */
  readonly maxMgPerKgMin: number;
  readonly rateCap?: RateCap;
  readonly steps: readonly TitrationStep[];
  readonly infusionMinutes: number;
  readonly observationMinutes: number;
  /** Infusion plus observation. */
  readonly totalMinutes: number;
  readonly sources: readonly string[];
}

const roundTo = (value: number, places: number): number =>
  Math.round(value * 10 ** places) / 10 ** places;

function rateLadder(
  protocol: IvRateProtocol,
  ceiling: number,
  settings: ClinicalSettings,
): number[] {
  const rates = [protocol.initialMgPerKgMin];
  const { increments } = protocol;
  switch (increments.kind) {
    case 'listed':
      rates.push(...increments.ratesMgPerKgMin);
      break;
    case 'additive':
      for (
        let rate = protocol.initialMgPerKgMin + increments.incrementMgPerKgMin;
        rate < ceiling;
        rate += increments.incrementMgPerKgMin
      ) {
        rates.push(roundTo(rate, 3));
      }
      break;
    case 'unspecified':
      for (
        let rate = protocol.initialMgPerKgMin * settings.unspecifiedTitration.rateMultiplier;
        rate < ceiling;
        rate *= settings.unspecifiedTitration.rateMultiplier
      ) {
        rates.push(roundTo(rate, 3));
      }
      break;
  }
  return rates;
}

function cappedLadder(
  protocol: IvRateProtocol,
  cap: RateCap | undefined,
  settings: ClinicalSettings,
): { rates: number[]; max: number } {
  const productMax = protocol.maxMgPerKgMin ?? cap?.mgPerKgMin;
  if (productMax === undefined) {
    throw new ClinicalError(
      'CLINICAL.NO_RATE_PROTOCOL',
      'the reference gives no maximum rate for this product; a pharmacist protocol is needed',
    );
  }
  const capBinds = cap !== undefined && cap.mgPerKgMin <= productMax;
  const ceiling = capBinds ? cap.mgPerKgMin : productMax;
  const below = rateLadder(protocol, ceiling, settings).filter((rate) => rate < ceiling);
  // A "<" cap (Bivigam <2 [BIV2]) may not be reached; a "≤" cap or the maximum is the last step.
  const rates = capBinds && !cap.inclusive ? below : [...below, ceiling];
  if (rates.length === 0) {
    throw new ClinicalError(
      'CLINICAL.INVALID_INPUT',
      'the initial rate is not below the risk cap',
      { cap },
    );
  }
  return { rates, max: rates[rates.length - 1] ?? ceiling };
}

/**
 * The IV titration schedule (rules 9–12, 18): starts at the initial rate for an IG-naive patient,
 * a brand switch or a gap over 56 days, steps at the label's timers (Gammagard and Octagam 10%
 * 30 min, Bivigam 20 min +0.8, Asceniv and Gammaplex 10% 15 min, Panzyga after 30 min), never
 * above the product maximum or the risk cap, and runs the last step until the dose is in.
 */
export function buildTitrationSchedule(
  request: TitrationRequest,
  settings: ClinicalSettings = defaultClinicalSettings,
): TitrationSchedule {
  const product = getProduct(request.productId, settings);
  if (!product.routes.includes('IV')) {
    throw new ClinicalError(
      'CLINICAL.ROUTE_NOT_AVAILABLE',
      `${product.brandName} is not given IV`,
      { productId: product.id },
    );
  }
  const weightKg = requirePositive(request.weightKg, 'CLINICAL.INVALID_WEIGHT', 'weightKg');
  const doseGrams = requirePositive(request.doseGrams, 'CLINICAL.INVALID_DOSE', 'doseGrams');
  const { protocol, labeled } = resolveIvRateProtocol(product, request.indication);
  const start = assessInfusionStart(request.history, product.id);
  const ladder = cappedLadder(protocol, request.rateCap, settings);

  let rates = ladder.rates;
  const tolerated = request.lastToleratedMgPerKgMin;
  const resumeAtTolerated =
    !start.startAtInitialRate && tolerated !== undefined && tolerated > protocol.initialMgPerKgMin;
  if (resumeAtTolerated) {
    const first = Math.min(tolerated, ladder.max);
    rates = [first, ...rates.filter((rate) => rate > first)];
  }

  const concentration = mgPerMl(product);
  const totalVolumeMl = (doseGrams * 1000) / concentration;
  const defaultStep = settings.unspecifiedTitration.stepMinutes;
  const steps: TitrationStep[] = [];
  let remainingMl = totalVolumeMl;
  let minute = 0;
  for (const [index, rate] of rates.entries()) {
    const mlPerMinute = (rate * weightKg) / concentration;
    const plannedMinutes =
      index === 0 && !resumeAtTolerated
        ? (protocol.initialMinutes ?? defaultStep)
        : (protocol.stepMinutes ?? defaultStep);
    const isLast = index === rates.length - 1 || mlPerMinute * plannedMinutes >= remainingMl;
    const minutes = isLast ? remainingMl / mlPerMinute : plannedMinutes;
    const volumeMl = isLast ? remainingMl : mlPerMinute * minutes;
    steps.push({
      step: index + 1,
      startMinute: Math.round(minute),
      durationMinutes: Math.ceil(roundTo(minutes, 6)),
      // Shown to 0.001: a rate from a label's mL/kg/h figure is not a round mg/kg/min.
      mgPerKgMin: roundTo(rate, 3),
      mlPerKgPerHour: roundTo(mgPerKgMinToMlPerKgHour(rate, product.concentrationPercent), 3),
      mlPerHour: roundTo(mgPerKgMinToMlPerHour(rate, weightKg, product.concentrationPercent), 1),
      volumeMl: roundTo(volumeMl, 1),
    });
    minute += minutes;
    remainingMl -= volumeMl;
    if (isLast) {
      break;
    }
  }
  const infusionMinutes = Math.ceil(roundTo(minute, 6));
  return {
    productId: product.id,
    indication: request.indication,
    weightKg,
    doseGrams,
    concentrationPercent: product.concentrationPercent,
    totalVolumeMl: roundTo(totalVolumeMl, 1),
    labeledProtocol: labeled,
    stepRuleFromLabel: protocol.increments.kind !== 'unspecified',
    initialRateRequired: start.startAtInitialRate,
    startAtInitialRate: !resumeAtTolerated,
    startReasons: start.reasons,
    maxMgPerKgMin: roundTo(ladder.max, 3),
    ...(request.rateCap ? { rateCap: request.rateCap } : {}),
    steps,
    infusionMinutes,
    observationMinutes: start.observationMinutes,
    totalMinutes: infusionMinutes + start.observationMinutes,
    sources: [...protocol.sources, ...start.sources],
  };
}
