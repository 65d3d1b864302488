import { type ReleasedDose } from './dose-copy';
import { type VisitPlan } from './visit-plan';

/** The plan a visit's updates are judged against: the released dose as the pharmacist left it. */
export function visitPlanOf(dose: ReleasedDose, weightFlagPercent: number): VisitPlan {
  const { release } = dose;
  const plan = release.infusionPlan;
  return {
    route: plan.route,
    releasedLots: release.lots.map((lot) => lot.lotNumber),
    unusableLots: dose.unusableLots,
    steps: plan.steps,
    maxMlPerHour: plan.maxMlPerHour,
    totalVolumeMl: plan.totalVolumeMl,
    observationMinutes: release.observationMinutes,
    dosingWeightKg: release.dosingWeightKg,
    weightFlagPercent,
  };
}
