import { ClinicalError, requirePositive } from './clinical-error';
import { type ClinicalSettings, defaultClinicalSettings } from './clinical-settings';
import { type IndicationId } from './clinical-types';
import { findLabeledUse, getProduct } from './product-catalogue';
import { type ImmuneGlobulinProduct, type IvRateProtocol } from './product-types';

/** A rate ceiling applied to one patient (from safety screening). */
export interface RateCap {
  readonly mgPerKgMin: number;
  /** ≤ (true) or < (false). */
  readonly inclusive: boolean;
  readonly reason: string;
  readonly sources: readonly string[];
}

/** mL/h for a patient from a rate in mg/kg/min: mg/kg/min × kg × 60 ÷ mg/mL. */
export function mgPerKgMinToMlPerHour(
  mgPerKgMin: number,
  weightKg: number,
  concentrationPercent: number,
): number {
  requirePositive(weightKg, 'CLINICAL.INVALID_WEIGHT', 'weightKg');
  return (mgPerKgMin * weightKg * 60) / (concentrationPercent * 10);
}

/** mg/kg/min from a pump rate in mL/h. */
export function mlPerHourToMgPerKgMin(
  mlPerHour: number,
  weightKg: number,
  concentrationPercent: number,
): number {
  requirePositive(weightKg, 'CLINICAL.INVALID_WEIGHT', 'weightKg');
  return (mlPerHour * concentrationPercent * 10) / (weightKg * 60);
}

/** mL/kg/h from mg/kg/min (10%: 1 mg/kg/min = 0.6 mL/kg/h). */
export function mgPerKgMinToMlPerKgHour(mgPerKgMin: number, concentrationPercent: number): number {
  return (mgPerKgMin * 60) / (concentrationPercent * 10);
}

/** mg/kg/min from a rate per kilogram in mL/kg/h (10%: 0.5 mL/kg/h = 0.83 mg/kg/min). */
export function mlPerKgHourToMgPerKgMin(mlPerKgHour: number, concentrationPercent: number): number {
  return (mlPerKgHour * concentrationPercent * 10) / 60;
}

/**
 * The protocol in the figures that govern it: where the label states its rates in mL/kg/h
 * (what the pump is set to), those win over its mg/kg/min figures, which are rounded
 * conversions. Gammagard Liquid at 70 kg then starts at 35 mL/h (0.5 mL/kg/h [GGL1]), not the
 * 33.6 mL/h the printed 0.8 mg/kg/min would give.
 */
function governingProtocol(
  product: ImmuneGlobulinProduct,
  protocol: IvRateProtocol,
): IvRateProtocol {
  const pump = protocol.mlPerKgHour;
  if (!pump) return protocol;
  const convert = (mlPerKgHour: number) =>
    mlPerKgHourToMgPerKgMin(mlPerKgHour, product.concentrationPercent);
  return {
    ...protocol,
    initialMgPerKgMin: convert(pump.initial),
    ...(pump.max !== undefined ? { maxMgPerKgMin: convert(pump.max) } : {}),
  };
}

/** The IV rate protocol for a product and indication, and whether it is the labeled one. */
export interface ResolvedRateProtocol {
  readonly protocol: IvRateProtocol;
  readonly labeled: boolean;
}

/**
 * The IV rates of the product for the indication. Off-label, the product's most conservative
 * labeled protocol (lowest maximum) is used. Throws `CLINICAL.NO_RATE_PROTOCOL` when the product
 * has no IV rates in the reference.
 */
export function resolveIvRateProtocol(
  product: ImmuneGlobulinProduct,
  indication: IndicationId,
): ResolvedRateProtocol {
  const labeled = findLabeledUse(product, indication, 'IV')?.ivRate;
  if (labeled) {
    return { protocol: governingProtocol(product, labeled), labeled: true };
  }
  const fallback = product.labeledUses
    .flatMap((use) => (use.ivRate ? [governingProtocol(product, use.ivRate)] : []))
    .sort((a, b) => (a.maxMgPerKgMin ?? 0) - (b.maxMgPerKgMin ?? 0))[0];
  if (!fallback) {
    throw new ClinicalError(
      'CLINICAL.NO_RATE_PROTOCOL',
      `the reference gives no IV rates for ${product.brandName}`,
      {
        productId: product.id,
      },
    );
  }
  return { protocol: fallback, labeled: false };
}

/** The effective ceiling: the product maximum, lowered by a risk cap. */
export function effectiveMaxMgPerKgMin(
  protocol: IvRateProtocol,
  cap?: RateCap,
): number | undefined {
  if (cap === undefined) {
    return protocol.maxMgPerKgMin;
  }
  return protocol.maxMgPerKgMin === undefined
    ? cap.mgPerKgMin
    : Math.min(protocol.maxMgPerKgMin, cap.mgPerKgMin);
}

/** A rate to check against the limits, in mg/kg/min or as a pump rate with the weight. */
export interface RateCheckRequest {
  readonly productId: string;
  readonly indication: IndicationId;
  readonly mgPerKgMin?: number;
  readonly mlPerHour?: number;
  readonly weightKg?: number;
  readonly rateCap?: RateCap;
}

/** Result of `checkInfusionRate`. */
export interface RateCheck {
  readonly allowed: boolean;
  readonly code: 'WITHIN_LIMIT' | 'ABOVE_PRODUCT_MAXIMUM' | 'ABOVE_RISK_CAP' | 'NO_MAXIMUM_KNOWN';
  readonly mgPerKgMin: number;
  readonly maxMgPerKgMin?: number;
  readonly message: string;
  readonly sources: readonly string[];
}

/**
 * Rule 9: rejects a rate above the product maximum for the indication (Privigen 8, ITP 4;
 * Gammagard 8; Bivigam 6; Panzyga 14/12/8; Octagam 10% 12/4; ...), and rule 12: above a risk cap.
 */
export function checkInfusionRate(
  request: RateCheckRequest,
  settings: ClinicalSettings = defaultClinicalSettings,
): RateCheck {
  const product = getProduct(request.productId, settings);
  const { protocol } = resolveIvRateProtocol(product, request.indication);
  let rate = request.mgPerKgMin;
  if (rate === undefined) {
    if (request.mlPerHour === undefined || request.weightKg === undefined) {
      throw new ClinicalError(
        'CLINICAL.INVALID_INPUT',
        'give mgPerKgMin, or mlPerHour with weightKg',
      );
    }
    rate = mlPerHourToMgPerKgMin(request.mlPerHour, request.weightKg, product.concentrationPercent);
  }
  const cap = request.rateCap;
  const max = protocol.maxMgPerKgMin;
  const shown = Math.round(rate * 100) / 100;
  if (max === undefined && cap === undefined) {
    return {
      allowed: false,
      code: 'NO_MAXIMUM_KNOWN',
      mgPerKgMin: rate,
      message: `the reference gives no maximum rate for ${product.brandName}; pharmacist review`,
      sources: protocol.sources,
    };
  }
  if (max !== undefined && rate > max) {
    return {
      allowed: false,
      code: 'ABOVE_PRODUCT_MAXIMUM',
      mgPerKgMin: rate,
      maxMgPerKgMin: max,
      message: `${shown} mg/kg/min is above the ${product.brandName} maximum of ${Math.round(max * 100) / 100} mg/kg/min`,
      sources: protocol.sources,
    };
  }
  if (cap !== undefined && (cap.inclusive ? rate > cap.mgPerKgMin : rate >= cap.mgPerKgMin)) {
    return {
      allowed: false,
      code: 'ABOVE_RISK_CAP',
      mgPerKgMin: rate,
      maxMgPerKgMin: cap.mgPerKgMin,
      message: `${shown} mg/kg/min is not ${cap.inclusive ? '≤' : '<'} ${cap.mgPerKgMin} mg/kg/min (${cap.reason})`,
      sources: cap.sources,
    };
  }
  const effectiveMax = effectiveMaxMgPerKgMin(protocol, cap);
  return {
    allowed: true,
    code: 'WITHIN_LIMIT',
    mgPerKgMin: rate,
    ...(effectiveMax !== undefined ? { maxMgPerKgMin: effectiveMax } : {}),
    message: 'within the labeled maximum',
    sources: protocol.sources,
  };
}
