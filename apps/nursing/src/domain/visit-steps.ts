import { type Refusal, type VisitRecord } from './visit-record';
import { type VisitPlan, weightFlag } from './visit-plan';
import { type StoredUpdate } from './visit-update';

type Update<T extends StoredUpdate['type']> = Extract<StoredUpdate, { type: T }>;

const ALREADY = (what: string): Refusal => ({
  reason: 'ALREADY_RECORDED',
  message: `${what} is already on record.`,
});

const NOT_ARRIVED: Refusal = { reason: 'NOT_ARRIVED', message: 'Check in first.' };

export function goEnRoute(record: VisitRecord, update: Update<'en_route'>): Refusal | undefined {
  if (record.enRouteAt) return ALREADY('En route');
  if (record.arrived)
    return { reason: 'OUT_OF_SEQUENCE', message: 'The nurse has already arrived.' };
  record.enRouteAt = update.at;
  return undefined;
}

export function arrive(record: VisitRecord, update: Update<'arrived'>): Refusal | undefined {
  if (record.arrived) return ALREADY('The arrival');
  record.arrived = { at: update.at, location: { ...update.location } };
  return undefined;
}

export function depart(record: VisitRecord, update: Update<'departed'>): Refusal | undefined {
  if (!record.arrived) return NOT_ARRIVED;
  if (record.departed) return ALREADY('The departure');
  if (record.infusion && !record.observationEndedAt)
    return {
      reason: 'OUT_OF_SEQUENCE',
      message: 'The nurse leaves once the infusion and the observation after it are over.',
    };
  record.departed = { at: update.at, location: { ...update.location } };
  return undefined;
}

export function takeVitals(
  record: VisitRecord,
  update: Update<'vitals'>,
  plan: VisitPlan,
): Refusal | undefined {
  if (!record.arrived) return NOT_ARRIVED;
  const { at, bloodPressure, pulse, temperatureC, respirationRate, spo2, weightKg } = update;
  const flag = weightKg === undefined ? undefined : weightFlag(plan, weightKg);
  record.vitals.push({
    at,
    bloodPressure: { ...bloodPressure },
    pulse,
    temperatureC,
    respirationRate,
    spo2,
    ...(weightKg === undefined ? {} : { weightKg }),
    ...(flag ? { weightFlag: flag } : {}),
  });
  return undefined;
}

export function givePremedication(
  record: VisitRecord,
  update: Update<'premedication_given'>,
): Refusal | undefined {
  if (!record.arrived) return NOT_ARRIVED;
  record.premedications.push({ at: update.at, medication: update.medication, dose: update.dose });
  return undefined;
}

export function sign(record: VisitRecord, update: Update<'signed'>): Refusal | undefined {
  const missing = [
    record.arrived ? undefined : 'arrival',
    record.infusion?.endedAt ? undefined : 'end of the infusion',
    record.observationEndedAt ? undefined : 'end of the observation',
    record.departed ? undefined : 'departure',
  ].filter((step): step is string => step !== undefined);
  if (missing.length > 0)
    return {
      reason: 'NOT_READY_TO_SIGN',
      message: `The note cannot be signed before the ${missing.join(', ')}.`,
    };
  record.signed = { at: update.at, by: update.by };
  return undefined;
}

export function miss(record: VisitRecord, update: Update<'missed'>): Refusal | undefined {
  if (record.infusion)
    return {
      reason: 'MISSED_AFTER_START',
      message: 'The infusion started: the visit took place.',
    };
  record.missed = { at: update.at, by: update.by, reason: update.reason };
  return undefined;
}

export function addAddendum(record: VisitRecord, update: Update<'addendum'>): Refusal | undefined {
  if (!record.signed && !record.missed)
    return {
      reason: 'NOTE_NOT_LOCKED',
      message: 'An addendum is kept beside a signed note; before signing, record the facts.',
    };
  record.addenda.push({
    clientUpdateId: update.clientUpdateId,
    at: update.at,
    by: update.by,
    text: update.text,
  });
  return undefined;
}
