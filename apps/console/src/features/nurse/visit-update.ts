import type { ReactionAction } from '@infuse/contracts';

// The updates the nurse's device sends, as nursing's record-updates DTOs take them
// (apps/nursing/src/record-updates/visit-update.schema.ts), and what the service answers.

/** Where the device was at check-in or check-out (EVV). */
export interface Location {
  latitude: number;
  longitude: number;
  accuracyMeters?: number;
}

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

/** What the nurse did, by type. */
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

/** An update as the device sends it: its own id (kept across retries) and the device's clock. */
export type VisitUpdate = { clientUpdateId: string; at: string } & UpdateFacts;

/** Why the service refused an update: a stable code, words for the nurse, and what it allows. */
export interface Refusal {
  reason: string;
  message: string;
  allowedMlPerHour?: number;
  earliestAt?: string;
}

/** What became of one update of a batch. */
export type UpdateResult = { clientUpdateId: string } & (
  { status: 'applied' | 'already_applied' } | ({ status: 'refused' } & Refusal)
);

/** The answer to a batch (also the body of its 409 when the note was already locked). */
export interface BatchResult {
  visitId: string;
  visitStatus: string;
  results: UpdateResult[];
  locked: boolean;
}
