import type { QueuedUpdate } from '../queue/update-store';
import type { RecordedReaction, RecordedVitals, VisitRecord } from '../visits.api';
import type { VisitUpdate } from '@infuse/contracts';

export type Stage =
  | 'scheduled'
  | 'en_route'
  | 'arrived'
  | 'infusing'
  | 'observing'
  | 'departed'
  | 'signed'
  | 'missed';

/**
 * Where the visit stands on this device: the record the service last answered, plus what the
 * nurse recorded since that it has not stored yet (offline, or on its way). The service judges
 * every update; this only lets her carry on without waiting for it.
 */
export interface VisitProgress {
  stage: Stage;
  enRouteAt?: string;
  arrivedAt?: string;
  startedAt?: string;
  lotNumber?: string;
  rates: { at: string; mlPerHour: number }[];
  currentRate?: number;
  endedAt?: string;
  observationEndedAt?: string;
  departedAt?: string;
  signedAt?: string;
  missedAt?: string;
  /** A reaction was recorded and no "resumed" since: the rate may not go up. */
  rateHeld: boolean;
  reactions: Pick<RecordedReaction, 'grade' | 'symptoms' | 'action' | 'at'>[];
  vitals: Pick<
    RecordedVitals,
    'at' | 'bloodPressure' | 'pulse' | 'temperatureC' | 'respirationRate' | 'spo2' | 'weightKg'
  >[];
  premedications: { at: string; medication: string; dose: string }[];
  /** Updates of this device the service has not stored yet. */
  pending: number;
}

/** The device's updates the record does not show yet: waiting, or answered after it was read. */
export function notYetInRecord(
  record: VisitRecord,
  queued: readonly QueuedUpdate[],
): QueuedUpdate[] {
  const applied = new Set(record.applied);
  return queued.filter((entry) => entry.state !== 'refused' && !applied.has(entry.clientUpdateId));
}

export function progressOf(record: VisitRecord, queued: readonly QueuedUpdate[]): VisitProgress {
  const progress: VisitProgress = {
    stage: 'scheduled',
    enRouteAt: record.enRouteAt,
    arrivedAt: record.arrived?.at,
    startedAt: record.infusion?.startedAt,
    lotNumber: record.infusion?.lotNumber,
    rates: [...(record.infusion?.rates ?? [])],
    endedAt: record.infusion?.endedAt,
    observationEndedAt: record.observationEndedAt,
    departedAt: record.departed?.at,
    signedAt: record.signed?.at,
    missedAt: record.missed?.at,
    rateHeld: record.rateHeld,
    reactions: [...record.reactions],
    vitals: [...record.vitals],
    premedications: [...record.premedications],
    pending: 0,
  };
  const local = notYetInRecord(record, queued)
    .map((entry) => entry.update)
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  for (const update of local) apply(progress, update);
  progress.pending = queued.filter((entry) => entry.state === 'waiting').length;
  progress.rates.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  progress.currentRate = progress.rates.at(-1)?.mlPerHour;
  progress.stage = stageOf(progress);
  return progress;
}

function apply(progress: VisitProgress, update: VisitUpdate): void {
  switch (update.type) {
    case 'en_route':
      progress.enRouteAt ??= update.at;
      return;
    case 'arrived':
      progress.arrivedAt ??= update.at;
      return;
    case 'departed':
      progress.departedAt ??= update.at;
      return;
    case 'vitals':
      progress.vitals.push({
        at: update.at,
        bloodPressure: update.bloodPressure,
        pulse: update.pulse,
        temperatureC: update.temperatureC,
        respirationRate: update.respirationRate,
        spo2: update.spo2,
        ...(update.weightKg === undefined ? {} : { weightKg: update.weightKg }),
      });
      return;
    case 'premedication_given':
      progress.premedications.push({
        at: update.at,
        medication: update.medication,
        dose: update.dose,
      });
      return;
    case 'infusion_started':
      if (progress.startedAt) return;
      progress.startedAt = update.at;
      progress.lotNumber = update.lotNumber;
      if (update.mlPerHour !== undefined)
        progress.rates.push({ at: update.at, mlPerHour: update.mlPerHour });
      return;
    case 'rate_changed':
      progress.rates.push({ at: update.at, mlPerHour: update.mlPerHour });
      return;
    case 'reaction':
      progress.reactions.push({
        grade: update.grade,
        symptoms: update.symptoms,
        action: update.action,
        at: update.at,
      });
      progress.rateHeld = update.action !== 'resumed';
      return;
    case 'infusion_ended':
      progress.endedAt ??= update.at;
      return;
    case 'observation_ended':
      progress.observationEndedAt ??= update.at;
      return;
    case 'signed':
      progress.signedAt ??= update.at;
      return;
    case 'missed':
      progress.missedAt ??= update.at;
      return;
    case 'addendum':
      return;
  }
}

function stageOf(progress: VisitProgress): Stage {
  if (progress.missedAt) return 'missed';
  if (progress.signedAt) return 'signed';
  if (progress.departedAt) return 'departed';
  if (progress.endedAt) return 'observing';
  if (progress.startedAt) return 'infusing';
  if (progress.arrivedAt) return 'arrived';
  if (progress.enRouteAt) return 'en_route';
  return 'scheduled';
}
