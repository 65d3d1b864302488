import {
  buildTitrationSchedule,
  type ClinicalSettings,
  type IndicationId,
  type InfusionHistory,
  planScigInfusion,
  type RateCap,
} from '@infuse/clinical';
import { type InfusionPlan } from './worksheet';

/** Rules 9–12: the IV titration in mL/h by step, capped for risk, from the label's timers. */
export function ivInfusionPlan(
  request: {
    productId: string;
    indication: IndicationId;
    weightKg: number;
    gramsPerInfusionDay: number;
    history: InfusionHistory;
    rateCap?: RateCap;
  },
  settings: ClinicalSettings,
): InfusionPlan {
  const schedule = buildTitrationSchedule(
    {
      productId: request.productId,
      indication: request.indication,
      weightKg: request.weightKg,
      doseGrams: request.gramsPerInfusionDay,
      history: request.history,
      ...(request.rateCap ? { rateCap: request.rateCap } : {}),
    },
    settings,
  );
  const last = schedule.steps.at(-1);
  return {
    route: 'IV',
    steps: schedule.steps.map((step) => ({
      step: step.step,
      startMinute: step.startMinute,
      durationMinutes: step.durationMinutes,
      mlPerHour: step.mlPerHour,
      mgPerKgMin: step.mgPerKgMin,
      mlPerKgPerHour: step.mlPerKgPerHour,
      volumeMl: step.volumeMl,
    })),
    maxMlPerHour: last?.mlPerHour ?? 0,
    maxMgPerKgMin: schedule.maxMgPerKgMin,
    ...(schedule.rateCap
      ? {
          rateCap: {
            mgPerKgMin: schedule.rateCap.mgPerKgMin,
            inclusive: schedule.rateCap.inclusive,
            reason: schedule.rateCap.reason,
            sources: schedule.rateCap.sources,
          },
        }
      : {}),
    totalVolumeMl: schedule.totalVolumeMl,
    infusionMinutes: schedule.infusionMinutes,
    stepRuleFromLabel: schedule.stepRuleFromLabel,
    sources: [...new Set(schedule.sources)],
  };
}

/** Section 1c: the SC plan, sites and mL/h per site, by infusion number, weight and age. */
export function scInfusionPlan(
  request: {
    productId: string;
    weightKg: number;
    ageYears: number;
    gramsPerInfusionDay: number;
    infusionNumber: number;
  },
  settings: ClinicalSettings,
): { plan: InfusionPlan; issues: readonly string[] } {
  const plan = planScigInfusion(
    {
      productId: request.productId,
      doseGrams: request.gramsPerInfusionDay,
      weightKg: request.weightKg,
      ageYears: request.ageYears,
      infusionNumber: request.infusionNumber,
    },
    settings,
  );
  return {
    plan: {
      route: 'SC',
      steps: plan.steps.map((step, index) => ({
        step: index + 1,
        startMinute: step.startMinute,
        durationMinutes: step.durationMinutes,
        mlPerHour: step.mlPerHourPerSite,
        volumeMl: step.volumeMl,
      })),
      maxMlPerHour: plan.maxMlPerHourPerSite,
      sites: plan.sites,
      mlPerSite: plan.mlPerSite,
      totalVolumeMl: plan.volumeMl,
      infusionMinutes: plan.infusionMinutes,
      stepRuleFromLabel: true,
      sources: plan.sources,
    },
    issues: plan.issues,
  };
}
