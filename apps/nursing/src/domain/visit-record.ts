import { type ReactionAction } from '@infuse/contracts';
import { type Location, type LotUse, type UpdateType, type VitalSigns } from '@infuse/contracts';

/** Where the visit stands, as its updates tell it. */
export type VisitProgress =
  | 'scheduled'
  | 'en_route'
  | 'arrived'
  | 'infusing'
  | 'observing'
  | 'departed'
  | 'signed'
  | 'missed';

export interface RecordedVitals extends VitalSigns {
  at: string;
  weightFlag?: { dosingWeightKg: number; differencePercent: number };
}

export interface RecordedReaction {
  clientUpdateId: string;
  grade: number;
  symptoms: string[];
  action: ReactionAction;
  at: string;
  /** The rate running when it began, when the infusion was running. */
  mlPerHour?: number;
}

export interface InfusionRecord {
  startedAt: string;
  lotNumber: string;
  /** Every rate the pump ran at, from the start. */
  rates: { at: string; mlPerHour: number }[];
  endedAt?: string;
  volumeMl?: number;
  lots?: LotUse[];
  partial?: boolean;
}

/** Why an update was refused: a stable code, words for the nurse, the rate allowed for rates. */
export type RefusalReason =
  | 'NOT_ARRIVED'
  | 'ALREADY_RECORDED'
  | 'OUT_OF_SEQUENCE'
  | 'LOT_NOT_RELEASED'
  | 'LOT_NOT_USABLE'
  | 'NOT_INFUSING'
  | 'RATE_ABOVE_PLAN'
  | 'RATE_ABOVE_CAP'
  | 'RATE_HELD_AFTER_REACTION'
  | 'OBSERVATION_TOO_SHORT'
  | 'NOT_READY_TO_SIGN'
  | 'VISIT_MISSED'
  | 'MISSED_AFTER_START'
  | 'NOTE_SIGNED'
  | 'NOTE_NOT_LOCKED';

export interface Refusal {
  reason: RefusalReason;
  message: string;
  allowedMlPerHour?: number;
  earliestAt?: string;
}

export interface RefusedUpdate extends Refusal {
  clientUpdateId: string;
  type: UpdateType;
  at: string;
}

/**
 * The visit's clinical record: what its updates, judged in the order of the device's clock,
 * made of it. Rebuilt whole from the stored updates each time, so it never depends on the order
 * they arrived in.
 */
export interface VisitRecord {
  progress: VisitProgress;
  enRouteAt?: string;
  arrived?: { at: string; location: Location };
  departed?: { at: string; location: Location };
  vitals: RecordedVitals[];
  premedications: { at: string; medication: string; dose: string }[];
  infusion?: InfusionRecord;
  reactions: RecordedReaction[];
  /** A reaction was recorded and no `resumed` since: the rate may not go up. */
  rateHeld: boolean;
  observationEndedAt?: string;
  signed?: { at: string; by: string };
  missed?: { at: string; by: string; reason: string };
  addenda: { clientUpdateId: string; at: string; by: string; text: string }[];
  /** The updates that count, in the order they were judged. */
  applied: string[];
  refused: RefusedUpdate[];
}

export function emptyRecord(): VisitRecord {
  return {
    progress: 'scheduled',
    vitals: [],
    premedications: [],
    reactions: [],
    rateHeld: false,
    addenda: [],
    applied: [],
    refused: [],
  };
}

/** Where a record stands, from its facts: the furthest step reached. */
export function progressOf(record: VisitRecord): VisitProgress {
  if (record.missed) return 'missed';
  if (record.signed) return 'signed';
  if (record.departed) return 'departed';
  if (record.infusion?.endedAt) return 'observing';
  if (record.infusion) return 'infusing';
  if (record.arrived) return 'arrived';
  if (record.enRouteAt) return 'en_route';
  return 'scheduled';
}

/** A reaction the pharmacist must hear about at once: grade 3 or more, or a stopped infusion. */
export function isSerious(reaction: Pick<RecordedReaction, 'grade' | 'action'>): boolean {
  return reaction.grade >= 3 || reaction.action === 'stopped';
}
