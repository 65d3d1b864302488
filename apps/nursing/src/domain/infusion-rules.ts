import { type Refusal, type VisitRecord } from './visit-record';
import { allowedRate, type VisitPlan } from './visit-plan';
import { type StoredUpdate } from './visit-update';

type Update<T extends StoredUpdate['type']> = Extract<StoredUpdate, { type: T }>;

const MINUTE_MS = 60_000;

/** The rate running now: the last one set, or none before the start. */
export function currentRate(record: VisitRecord): number | undefined {
  return record.infusion?.rates.at(-1)?.mlPerHour;
}

/** A rate at `at` judged against the plan's step for the time since the start and the cap. */
function judgeRate(
  record: VisitRecord,
  plan: VisitPlan,
  mlPerHour: number,
  at: string,
  startedAt: string,
): Refusal | undefined {
  // Held with no rate on record yet: nothing may be run until the nurse resumes.
  const running = currentRate(record) ?? 0;
  if (record.rateHeld && mlPerHour > running)
    return {
      reason: 'RATE_HELD_AFTER_REACTION',
      message: 'After a reaction the rate may not go up until the infusion is resumed.',
      allowedMlPerHour: running,
    };
  if (mlPerHour > plan.maxMlPerHour)
    return {
      reason: 'RATE_ABOVE_CAP',
      message: `The plan allows at most ${plan.maxMlPerHour} mL/h.`,
      allowedMlPerHour: plan.maxMlPerHour,
    };
  const elapsedMinutes = (Date.parse(at) - Date.parse(startedAt)) / MINUTE_MS;
  const allowed = allowedRate(plan, elapsedMinutes);
  if (mlPerHour > allowed)
    return {
      reason: 'RATE_ABOVE_PLAN',
      message: `${Math.floor(elapsedMinutes)} min after the start the plan allows ${allowed} mL/h.`,
      allowedMlPerHour: allowed,
    };
  return undefined;
}

function lotRefusal(plan: VisitPlan, lotNumber: string): Refusal | undefined {
  if (plan.unusableLots.includes(lotNumber))
    return {
      reason: 'LOT_NOT_USABLE',
      message: `Lot ${lotNumber} arrived out of its temperature range and may not be given.`,
    };
  if (!plan.releasedLots.includes(lotNumber))
    return {
      reason: 'LOT_NOT_RELEASED',
      message: `Lot ${lotNumber} is not one the pharmacist released for this dose.`,
    };
  return undefined;
}

export function startInfusion(
  record: VisitRecord,
  update: Update<'infusion_started'>,
  plan: VisitPlan,
): Refusal | undefined {
  if (!record.arrived)
    return { reason: 'NOT_ARRIVED', message: 'Check in before starting the infusion.' };
  if (record.infusion)
    return { reason: 'ALREADY_RECORDED', message: 'The infusion has already started.' };
  const refusal =
    lotRefusal(plan, update.lotNumber) ??
    (update.mlPerHour === undefined
      ? undefined
      : judgeRate(record, plan, update.mlPerHour, update.at, update.at));
  if (refusal) return refusal;
  record.infusion = {
    startedAt: update.at,
    lotNumber: update.lotNumber,
    rates: update.mlPerHour === undefined ? [] : [{ at: update.at, mlPerHour: update.mlPerHour }],
  };
  return undefined;
}

export function changeRate(
  record: VisitRecord,
  update: Update<'rate_changed'>,
  plan: VisitPlan,
): Refusal | undefined {
  const infusion = record.infusion;
  if (!infusion || infusion.endedAt)
    return { reason: 'NOT_INFUSING', message: 'No infusion is running.' };
  const refusal = judgeRate(record, plan, update.mlPerHour, update.at, infusion.startedAt);
  if (refusal) return refusal;
  infusion.rates.push({ at: update.at, mlPerHour: update.mlPerHour });
  return undefined;
}

export function recordReaction(
  record: VisitRecord,
  update: Update<'reaction'>,
): Refusal | undefined {
  if (!record.infusion)
    return { reason: 'NOT_INFUSING', message: 'A reaction is recorded once the infusion started.' };
  const running = record.infusion.endedAt ? undefined : currentRate(record);
  record.reactions.push({
    clientUpdateId: update.clientUpdateId,
    grade: update.grade,
    symptoms: [...update.symptoms],
    action: update.action,
    at: update.at,
    ...(running === undefined ? {} : { mlPerHour: running }),
  });
  // Slowed, paused or stopped: the rate stays where the nurse put it until she resumes.
  record.rateHeld = update.action !== 'resumed';
  return undefined;
}

export function endInfusion(
  record: VisitRecord,
  update: Update<'infusion_ended'>,
  plan: VisitPlan,
): Refusal | undefined {
  const infusion = record.infusion;
  if (!infusion) return { reason: 'NOT_INFUSING', message: 'The infusion has not started.' };
  if (infusion.endedAt)
    return { reason: 'ALREADY_RECORDED', message: 'The infusion has already ended.' };
  for (const lot of update.lots) {
    const refusal = lotRefusal(plan, lot.lotNumber);
    if (refusal) return refusal;
  }
  infusion.endedAt = update.at;
  infusion.volumeMl = update.volumeMl;
  infusion.lots = update.lots.map((lot) => ({ ...lot }));
  infusion.partial = update.partial === true || update.volumeMl < plan.totalVolumeMl;
  return undefined;
}

export function endObservation(
  record: VisitRecord,
  update: Update<'observation_ended'>,
  plan: VisitPlan,
): Refusal | undefined {
  const endedAt = record.infusion?.endedAt;
  if (!endedAt)
    return { reason: 'OUT_OF_SEQUENCE', message: 'Observation follows the end of the infusion.' };
  if (record.observationEndedAt)
    return { reason: 'ALREADY_RECORDED', message: 'Observation has already ended.' };
  const earliest = Date.parse(endedAt) + plan.observationMinutes * MINUTE_MS;
  if (Date.parse(update.at) < earliest)
    return {
      reason: 'OBSERVATION_TOO_SHORT',
      message: `The plan asks for ${plan.observationMinutes} min of observation after the infusion.`,
      earliestAt: new Date(earliest).toISOString(),
    };
  record.observationEndedAt = update.at;
  return undefined;
}
