import type { InfusionPlan } from '../visits.api';

const MINUTE_MS = 60_000;
// Rates are entered as the plan prints them (one decimal); this absorbs float noise only.
const SAME_RATE = 0.05;

export interface StepView {
  step: number;
  /** The step's rate, never above the plan's cap (per site for SC). */
  mlPerHour: number;
  mgPerKgMin?: number;
  startMinute: number;
  durationMinutes: number;
  /** When the plan allows this step, on the device's clock (null before the start). */
  opensAt: number | null;
  state: 'done' | 'running' | 'next' | 'later';
}

export interface Titration {
  steps: StepView[];
  running?: StepView;
  next?: StepView;
  /** The next step may be taken now; otherwise why not. */
  nextAllowed: boolean;
  blockedBy?: 'time' | 'held';
}

/**
 * The released plan as steps against the time since the start, judged as nursing judges a rate
 * (apps/nursing/src/domain/visit-plan.ts allowedRate): a step opens at its start minute, the
 * rate never exceeds the cap, and after a reaction the rate holds until the nurse resumes.
 * Steps are taken one at a time, from the rate running now.
 */
export function titrationOf(
  plan: InfusionPlan,
  startedAt: string | undefined,
  currentRate: number | undefined,
  rateHeld: boolean,
  now: number,
): Titration {
  const start = startedAt ? Date.parse(startedAt) : null;
  const capped = plan.steps.map((step) => ({
    step: step.step,
    mlPerHour: Math.min(step.mlPerHour, plan.maxMlPerHour),
    mgPerKgMin: step.mgPerKgMin,
    startMinute: step.startMinute,
    durationMinutes: step.durationMinutes,
    opensAt: start === null ? null : start + step.startMinute * MINUTE_MS,
  }));
  // The step running: the highest whose rate the pump runs at or above.
  let runningIndex = -1;
  if (currentRate !== undefined)
    capped.forEach((step, index) => {
      if (step.mlPerHour <= currentRate + SAME_RATE) runningIndex = index;
    });
  const steps: StepView[] = capped.map((step, index) => ({
    ...step,
    state:
      index < runningIndex
        ? 'done'
        : index === runningIndex
          ? 'running'
          : index === runningIndex + 1
            ? 'next'
            : 'later',
  }));
  const running = steps[runningIndex];
  const next = start === null ? undefined : steps[runningIndex + 1];
  const blockedBy: Titration['blockedBy'] = !next
    ? undefined
    : rateHeld
      ? 'held'
      : next.opensAt !== null && now < next.opensAt
        ? 'time'
        : undefined;
  return {
    steps,
    ...(running ? { running } : {}),
    ...(next ? { next } : {}),
    nextAllowed: next !== undefined && blockedBy === undefined,
    ...(blockedBy ? { blockedBy } : {}),
  };
}

/** The plan's first rate, as the infusion starts. */
export function firstRateOf(plan: InfusionPlan): number | undefined {
  const first = plan.steps[0];
  return first ? Math.min(first.mlPerHour, plan.maxMlPerHour) : undefined;
}
