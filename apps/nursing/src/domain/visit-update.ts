import { type ReactionAction } from '@infuse/contracts';

/** Where the device was at check-in or check-out. */
export interface Location {
  latitude: number;
  longitude: number;
  accuracyMeters?: number;
}

/** A lot as the nurse accounts for it at the end of the infusion. */
export interface LotUse {
  lotNumber: string;
  vialsUsed: number;
  vialsReturned: number;
  vialsWasted: number;
}

export interface VitalSigns {
  bloodPressure: { systolic: number; diastolic: number };
  pulse: number;
  temperatureC: number;
  respirationRate: number;
  spo2: number;
  weightKg?: number;
}

/** What the nurse did, by type; every update also has its id and the device's time. */
export type UpdateFacts =
  | { type: 'en_route' }
  | { type: 'arrived'; location: Location }
  | { type: 'departed'; location: Location }
  | ({ type: 'vitals' } & VitalSigns)
  | { type: 'premedication_given'; medication: string; dose: string }
  | { type: 'infusion_started'; lotNumber: string; mlPerHour?: number }
  | { type: 'rate_changed'; mlPerHour: number }
  | { type: 'reaction'; grade: number; symptoms: string[]; action: ReactionAction }
  | { type: 'infusion_ended'; volumeMl: number; lots: LotUse[]; partial?: boolean }
  | { type: 'observation_ended' }
  | { type: 'signed' }
  | { type: 'missed'; reason: string }
  | { type: 'addendum'; text: string };

export type UpdateType = UpdateFacts['type'];

export const UPDATE_TYPES = [
  'en_route',
  'arrived',
  'departed',
  'vitals',
  'premedication_given',
  'infusion_started',
  'rate_changed',
  'reaction',
  'infusion_ended',
  'observation_ended',
  'signed',
  'missed',
  'addendum',
] as const satisfies readonly UpdateType[];

/** An update as the device sent it: its own id, its clock (ISO 8601 with offset) and its facts. */
export type VisitUpdate = { clientUpdateId: string; at: string } & UpdateFacts;

/** An update as stored: with who sent it. */
export type StoredUpdate = VisitUpdate & { by: string };

/** The order updates are judged in: the device's time, then the id, whatever order they came. */
export function inJudgingOrder<T extends { clientUpdateId: string; at: string }>(
  updates: readonly T[],
): T[] {
  return [...updates].sort(
    (a, b) =>
      Date.parse(a.at) - Date.parse(b.at) ||
      (a.clientUpdateId < b.clientUpdateId ? -1 : a.clientUpdateId > b.clientUpdateId ? 1 : 0),
  );
}
