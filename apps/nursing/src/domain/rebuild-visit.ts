import {
  changeRate,
  endInfusion,
  endObservation,
  recordReaction,
  startInfusion,
} from './infusion-rules';
import {
  addAddendum,
  arrive,
  depart,
  givePremedication,
  goEnRoute,
  miss,
  sign,
  takeVitals,
} from './visit-steps';
import { emptyRecord, progressOf, type Refusal, type VisitRecord } from './visit-record';
import { type VisitPlan } from './visit-plan';
import { inJudgingOrder, type StoredUpdate } from './visit-update';

/** What became of one update when the record was rebuilt. */
export type UpdateOutcome = { status: 'applied' } | ({ status: 'refused' } & Refusal);

export interface RebuiltVisit {
  record: VisitRecord;
  outcomes: ReadonlyMap<string, UpdateOutcome>;
}

/** A locked note (signed or missed) takes nothing more but addenda. */
function lockedRefusal(record: VisitRecord): Refusal | undefined {
  if (record.signed)
    return { reason: 'NOTE_SIGNED', message: 'The note is signed; add an addendum instead.' };
  if (record.missed)
    return { reason: 'VISIT_MISSED', message: 'The visit was recorded as missed.' };
  return undefined;
}

function judge(record: VisitRecord, update: StoredUpdate, plan: VisitPlan): Refusal | undefined {
  if (update.type === 'addendum') return addAddendum(record, update);
  const locked = lockedRefusal(record);
  if (locked) return locked;
  switch (update.type) {
    case 'en_route':
      return goEnRoute(record, update);
    case 'arrived':
      return arrive(record, update);
    case 'departed':
      return depart(record, update);
    case 'vitals':
      return takeVitals(record, update, plan);
    case 'premedication_given':
      return givePremedication(record, update);
    case 'infusion_started':
      return startInfusion(record, update, plan);
    case 'rate_changed':
      return changeRate(record, update, plan);
    case 'reaction':
      return recordReaction(record, update);
    case 'infusion_ended':
      return endInfusion(record, update, plan);
    case 'observation_ended':
      return endObservation(record, update, plan);
    case 'signed':
      return sign(record, update);
    case 'missed':
      return miss(record, update);
  }
}

/**
 * The visit record from all its stored updates, judged one by one in the order of the device's
 * clock (`at`, ties by `clientUpdateId`), each against the record the earlier ones made. The
 * same set of updates gives the same record whatever order they arrived in, and an update the
 * device made before the note was signed counts even if it arrived after.
 */
export function rebuildVisit(updates: readonly StoredUpdate[], plan: VisitPlan): RebuiltVisit {
  const record = emptyRecord();
  const outcomes = new Map<string, UpdateOutcome>();
  for (const update of inJudgingOrder(updates)) {
    if (outcomes.has(update.clientUpdateId)) continue;
    const refusal = judge(record, update, plan);
    if (refusal) {
      outcomes.set(update.clientUpdateId, { status: 'refused', ...refusal });
      record.refused.push({
        clientUpdateId: update.clientUpdateId,
        type: update.type,
        at: update.at,
        ...refusal,
      });
    } else {
      outcomes.set(update.clientUpdateId, { status: 'applied' });
      record.applied.push(update.clientUpdateId);
    }
  }
  record.progress = progressOf(record);
  return { record, outcomes };
}
