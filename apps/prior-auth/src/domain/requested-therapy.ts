import {
  ageInYears,
  billingUnitsFor,
  calculateDosingWeight,
  ClinicalError,
  type ClinicalSettings,
  defaultAuthorizationPeriod,
  doseCalendar,
  daysBetween,
  findIndicationByIcd10,
  findProductByBrandName,
  type IsoDate,
  rankProducts,
  routeForTherapy,
  selectDoseVials,
  withClinicalSettings,
} from '@infuse/clinical';
import { type OrderSnapshot, type PatientSnapshot } from '@infuse/contracts';

/** What one request asks the payer for: a product over a period, in billing units. */
export interface RequestedTherapy {
  productId: string;
  productName: string;
  hcpcs: string;
  route: 'IV' | 'SC';
  doseGramsPerKg: number;
  dosingWeightKg: number;
  /** Grams of one dose, all its infusion days. */
  doseGrams: number;
  unitsPerDose: number;
  infusionDays: number;
  intervalDays: number;
  /** The first dose of the therapy; later doses fall every interval after it. */
  firstDoseDate: IsoDate;
  periodStart: IsoDate;
  /** Last day covered (inclusive). */
  periodEnd: IsoDate;
  /** Doses that start within the period. */
  doses: number;
  requestedUnits: number;
}

/** What the request is for: the order, the patient it is dosed on, and the period to cover. */
export interface TherapyPlanRequest {
  order: OrderSnapshot;
  patient: PatientSnapshot;
  offLabel: boolean;
  /** A coordinator's correction of the prescribed brand or dose (an update). */
  productBrand?: string;
  doseGramsPerKg?: number;
  /** The first dose; also the period's start for an initial request. */
  firstDoseDate: IsoDate;
  /** The period asked for: from its start, for the payer's default validity. */
  period:
    { start: IsoDate; kind: 'initial' | 'reauthorization' } | { start: IsoDate; end: IsoDate };
  validityMonths: { initial: number; reauthorization: number };
  /** Today, for the patient's age. */
  today: IsoDate;
}

export type TherapyPlan = { ok: true; therapy: RequestedTherapy } | { ok: false; problem: string };

/**
 * Plans what to ask the payer for: the prescriber's brand (else the clinical ranking's first
 * product for the therapy and diagnosis), its HCPCS code, the period (the payer's default
 * validity unless given) and the billing units of every dose starting in it, each dose being the
 * dosing weight times g/kg over all its infusion days, or the vials dispensed for it when more. A plan that cannot be made says why, for
 * a coordinator to resolve.
 */
export function planRequestedTherapy(
  request: TherapyPlanRequest,
  settings: ClinicalSettings,
): TherapyPlan {
  try {
    return planOrExplain(request, settings);
  } catch (error) {
    if (error instanceof ClinicalError) return { ok: false, problem: error.message };
    throw error;
  }
}

function planOrExplain(request: TherapyPlanRequest, settings: ClinicalSettings): TherapyPlan {
  const { order, patient } = request;
  const doseGramsPerKg = request.doseGramsPerKg ?? order.doseGramsPerKg;
  const route = routeForTherapy(order.therapy);
  const product = chooseProduct(request, doseGramsPerKg, settings);
  if (!product.ok) return product;
  const period = periodOf(request, settings);
  const weight = calculateDosingWeight(
    { weightKg: patient.weightKg, heightCm: patient.heightCm, sex: patient.sex },
    settings,
  );
  const doseGrams = toMilligram(weight.dosingWeightKg * doseGramsPerKg);
  // Pharmacy dispenses, and bills, whole vials for each infusion day (rule 8 ⚙, rule 24): ask
  // for the units of the vials when they come to more than the dose, so no dispense exceeds them.
  const { dispensedGrams } = selectDoseVials(
    product.productId,
    toMilligram(doseGrams / order.infusionDays),
    order.infusionDays,
    settings,
  );
  const billing = billingUnitsFor(product.productId, Math.max(doseGrams, dispensedGrams), settings);
  const doses = dosesStartingIn(
    request.firstDoseDate,
    period,
    order.intervalDays,
    order.infusionDays,
  );
  if (doses === 0)
    return { ok: false, problem: `no dose starts between ${period.start} and ${period.end}` };
  return {
    ok: true,
    therapy: {
      productId: product.productId,
      productName: product.brandName,
      hcpcs: billing.hcpcs,
      route,
      doseGramsPerKg,
      dosingWeightKg: weight.dosingWeightKg,
      doseGrams,
      unitsPerDose: billing.units,
      infusionDays: order.infusionDays,
      intervalDays: order.intervalDays,
      firstDoseDate: request.firstDoseDate,
      periodStart: period.start,
      periodEnd: period.end,
      doses,
      requestedUnits: doses * billing.units,
    },
  };
}

// Grams to the milligram, as vials and billing count them.
function toMilligram(grams: number): number {
  return Math.round(grams * 1000) / 1000;
}

type ProductChoice =
  { ok: true; productId: string; brandName: string } | { ok: false; problem: string };

function chooseProduct(
  request: TherapyPlanRequest,
  doseGramsPerKg: number,
  settings: ClinicalSettings,
): ProductChoice {
  const { order, patient } = request;
  const route = routeForTherapy(order.therapy);
  const brand = request.productBrand ?? order.productPreference;
  if (brand) {
    const product = findProductByBrandName(brand, settings);
    if (!product)
      return { ok: false, problem: `the prescribed product ${brand} is not in the catalogue` };
    if (!product.routes.includes(route))
      return {
        ok: false,
        problem: `${product.brandName} is not given ${route} (${order.therapy})`,
      };
    return { ok: true, productId: product.id, brandName: product.brandName };
  }
  const indication = findIndicationByIcd10(order.diagnosisCode, settings);
  if (!indication)
    return { ok: false, problem: `no product can be chosen for diagnosis ${order.diagnosisCode}` };
  const ranking = rankProducts(
    {
      patient: {
        ageYears: ageInYears(patient.dateOfBirth, request.today),
        conditions: patient.conditions,
        ...(patient.bloodType ? { bloodType: patient.bloodType } : {}),
      },
      indication: indication.indication.id,
      therapy: order.therapy,
      courseDoseGramsPerKg: doseGramsPerKg,
      history: { infusionDate: request.firstDoseDate },
      allowOffLabel: request.offLabel,
    },
    settings,
  );
  const [best] = ranking.eligible;
  if (!best)
    return {
      ok: false,
      problem: `no ${order.therapy} product is eligible for this patient and diagnosis`,
    };
  return { ok: true, productId: best.productId, brandName: best.brandName };
}

function periodOf(
  request: TherapyPlanRequest,
  settings: ClinicalSettings,
): { start: IsoDate; end: IsoDate } {
  const { period } = request;
  if ('end' in period) return period;
  const validity = withClinicalSettings(
    {
      authorization: {
        initialMonths: request.validityMonths.initial,
        reauthorizationMonths: request.validityMonths.reauthorization,
      },
    },
    settings,
  );
  const { start, end } = defaultAuthorizationPeriod(period.start, period.kind, validity);
  return { start, end };
}

/** Doses of the schedule from `firstDoseDate`, every interval, whose first day falls in the period. */
export function dosesStartingIn(
  firstDoseDate: IsoDate,
  period: { start: IsoDate; end: IsoDate },
  intervalDays: number,
  infusionDays: number,
): number {
  if (daysBetween(period.start, period.end) < 0) return 0;
  const lastCycle = Math.floor(daysBetween(firstDoseDate, period.end) / intervalDays);
  if (lastCycle < 0) return 0;
  return doseCalendar(firstDoseDate, intervalDays, infusionDays, lastCycle + 1).filter((cycle) => {
    const first = cycle.infusionDates[0];
    return first !== undefined && first >= period.start && first <= period.end;
  }).length;
}
