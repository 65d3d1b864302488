import {
  billingUnitsFor,
  calculateDosingWeight,
  ClinicalError,
  type ClinicalSettings,
  type DosePhase,
  type ImmuneGlobulinProduct,
  type IsoDate,
  planRegimen,
  type RegimenPlan,
  type Route,
  selectDoseVials,
} from '@infuse/clinical';
import { type ReferralCopy } from '../referral-copy';
import { type ResolvedIndication } from '../therapy-facts';
import {
  type BillingSection,
  type DosingWeightSection,
  type DoseSection,
  type VialsSection,
} from './worksheet';

/** Rule 7 ⚙: the weight the dose is calculated on, with its inputs. */
export function dosingWeightSection(
  referral: ReferralCopy,
  settings: ClinicalSettings,
): DosingWeightSection {
  const { patient } = referral;
  const weight = calculateDosingWeight(
    { weightKg: patient.weightKg, heightCm: patient.heightCm, sex: patient.sex },
    settings,
  );
  const policy = settings.dosingWeight;
  return {
    basis: weight.basis,
    dosingWeightKg: weight.dosingWeightKg,
    inputs: {
      actualKg: weight.actualKg,
      heightCm: weight.heightCm,
      sex: patient.sex,
      formulaSex: weight.formulaSex,
    },
    bmi: weight.bmi,
    bmiThreshold: policy.bmiThreshold,
    idealKg: weight.idealKg,
    adjustedKg: weight.adjustedKg,
    formula:
      weight.basis === 'actual'
        ? `BMI ${weight.bmi} < ${policy.bmiThreshold}: actual weight`
        : `BMI ${weight.bmi} ≥ ${policy.bmiThreshold}: ${weight.basis} weight; IBW (Devine, ${weight.formulaSex}) ${weight.idealKg} kg; AdjBW = IBW + ${policy.adjustmentFactor} × (actual − IBW) = ${weight.adjustedKg} kg`,
    sources: weight.sources,
  };
}

/**
 * Rules 1–5: the regimen checked against the label. The order names no phase; for an indication
 * with several (CIDP loading and maintenance) the phase whose range the dose fits is taken, else
 * loading for a first cycle of a new start and maintenance otherwise.
 */
export function planCycle(
  request: {
    referral: ReferralCopy;
    product: ImmuneGlobulinProduct;
    indication: ResolvedIndication;
    route: Route;
    dosingWeightKg: number;
    ageYears: number;
    cycle: number;
    startDate: IsoDate;
  },
  settings: ClinicalSettings,
): RegimenPlan {
  const { order } = request.referral;
  const plan = (phase?: DosePhase) =>
    planRegimen(
      {
        productId: request.product.id,
        indication: request.indication.id,
        ...(phase ? { phase } : {}),
        route: request.route,
        dosingWeightKg: request.dosingWeightKg,
        doseGramsPerKg: order.doseGramsPerKg,
        infusionDays: order.infusionDays,
        intervalDays: order.intervalDays,
        patientAgeYears: request.ageYears,
        startDate: request.startDate,
      },
      settings,
    );
  try {
    return plan();
  } catch (error) {
    if (!(error instanceof ClinicalError) || error.code !== 'CLINICAL.PHASE_REQUIRED') throw error;
  }
  const errors = (candidate: RegimenPlan) =>
    candidate.issues.filter((issue) => issue.severity === 'error').length;
  const loading = plan('loading');
  const maintenance = plan('maintenance');
  if (errors(loading) !== errors(maintenance))
    return errors(loading) < errors(maintenance) ? loading : maintenance;
  return request.cycle === 1 && order.newStart !== false ? loading : maintenance;
}

export function doseSection(plan: RegimenPlan, referral: ReferralCopy): DoseSection {
  return {
    doseGramsPerKg: referral.order.doseGramsPerKg,
    cycleDoseGrams: plan.cycleDoseGrams,
    gramsPerInfusionDay: plan.gramsPerInfusionDay,
    infusionDays: plan.infusionDays,
    intervalDays: referral.order.intervalDays,
    phase: plan.phase,
    regimenSource: plan.regimenSource,
    labeledRangeMgPerKg: plan.regimen
      ? { min: plan.regimen.cycleDoseMgPerKg.min, max: plan.regimen.cycleDoseMgPerKg.max }
      : null,
    withinLabeledRange: plan.withinLabeledRange,
    sources: plan.regimen?.sources ?? [],
  };
}

/** Rule 8 ⚙: the vials of each infusion day, closest to the order with the least waste. */
export function vialsSection(
  productId: string,
  gramsPerInfusionDay: number,
  infusionDays: number,
  settings: ClinicalSettings,
): VialsSection {
  const dose = selectDoseVials(productId, gramsPerInfusionDay, infusionDays, settings);
  const selection = dose.perInfusionDay;
  return {
    perInfusionDay: selection.vials,
    dispensedGramsPerInfusionDay: selection.totalGrams,
    deviationPercent: selection.deviationPercent,
    wasteGramsPerInfusionDay: selection.wasteGrams,
    tolerancePercent: selection.tolerancePercent,
    withinTolerance: selection.withinTolerance,
    strategy: selection.strategy,
    totalVials: selection.vialCount * infusionDays,
    dispensedGrams: dose.dispensedGrams,
  };
}

/** Rule 24: the HCPCS code and the units of the grams dispensed (IVIG 500 mg, SCIG 100 mg). */
export function billingSection(
  product: ImmuneGlobulinProduct,
  dispensedGrams: number,
  settings: ClinicalSettings,
): BillingSection {
  const billing = billingUnitsFor(product.id, dispensedGrams, settings);
  return {
    hcpcs: billing.hcpcs,
    billingUnitMg: billing.billingUnitMg,
    units: billing.units,
    sources: product.hcpcs.sources,
  };
}
