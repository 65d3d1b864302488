import { type ReactionAction } from './visit-event.common';

// The updates a nurse's device sends to nursing (POST /v1/visits/:id/updates): the one wire
// shape the console's offline queue writes and the service's record is rebuilt from.

/** Where the device was at check-in or check-out (EVV). */
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

/**
 * An update as the device sends it: its own id (kept across retries, so the service applies it
 * once), the device's clock (ISO 8601 with offset) and its facts.
 */
export type VisitUpdate = { clientUpdateId: string; at: string } & UpdateFacts;
