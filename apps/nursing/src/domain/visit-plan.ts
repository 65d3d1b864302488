/** One step of the released titration: from `startMinute` after the start, up to `mlPerHour`. */
export interface RateStep {
  step: number;
  startMinute: number;
  durationMinutes: number;
  mlPerHour: number;
}

/**
 * What the rules judge a visit's updates against: the dose the pharmacist released (its lots,
 * plan, observation and dosing weight, never recomputed here) and nursing's own policy.
 */
export interface VisitPlan {
  route: 'IV' | 'SC';
  releasedLots: readonly string[];
  /** Lots that arrived out of their temperature range and may not be given. */
  unusableLots: readonly string[];
  steps: readonly RateStep[];
  /** The highest rate allowed, the risk cap included (per site for SC). */
  maxMlPerHour: number;
  totalVolumeMl: number;
  observationMinutes: number;
  dosingWeightKg: number;
  /** A weight further than this from the dosing weight is flagged for the pharmacist. */
  weightFlagPercent: number;
}

/**
 * The highest rate the plan allows `elapsedMinutes` after the start: the step reached by then,
 * never above the cap. Before the first step's start (a clock a little behind) the first step.
 */
export function allowedRate(plan: VisitPlan, elapsedMinutes: number): number {
  const reached = plan.steps.filter((step) => step.startMinute <= elapsedMinutes);
  const step = reached.at(-1) ?? plan.steps[0];
  return Math.min(step?.mlPerHour ?? plan.maxMlPerHour, plan.maxMlPerHour);
}

/** A weight measured at the visit, against the weight the dose was calculated on. */
export function weightFlag(
  plan: VisitPlan,
  weightKg: number,
): { dosingWeightKg: number; differencePercent: number } | undefined {
  const differencePercent =
    Math.round(((weightKg - plan.dosingWeightKg) / plan.dosingWeightKg) * 1000) / 10;
  return Math.abs(differencePercent) > plan.weightFlagPercent
    ? { dosingWeightKg: plan.dosingWeightKg, differencePercent }
    : undefined;
}
