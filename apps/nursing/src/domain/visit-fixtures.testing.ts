import { DispenseReleased } from '@infuse/contracts';
import { type VisitPlan } from './visit-plan';
import { type StoredUpdate } from './visit-update';
import { type UpdateFacts, type VisitUpdate } from '@infuse/contracts';

const example = DispenseReleased.example;

/** The plan of the contract's example: Privigen 35 g for 71.2 kg, five 30-minute steps. */
export const PLAN: VisitPlan = {
  route: 'IV',
  releasedLots: example.lots.map((lot) => lot.lotNumber),
  unusableLots: [],
  steps: example.infusionPlan.steps,
  maxMlPerHour: example.infusionPlan.maxMlPerHour,
  totalVolumeMl: example.infusionPlan.totalVolumeMl,
  observationMinutes: example.observationMinutes,
  dosingWeightKg: example.dosingWeightKg,
  weightFlagPercent: 10,
};

export const START = Date.parse('2026-12-07T14:00:00Z');
export const HOME = { latitude: 39.27, longitude: -76.61, accuracyMeters: 10 };

/** An update `minutes` after the visit's start, from the nurse rn-1. */
export function update(
  id: string,
  minutes: number,
  facts: UpdateFacts,
  start = START,
): StoredUpdate {
  return {
    clientUpdateId: id,
    at: new Date(start + minutes * 60_000).toISOString(),
    by: 'rn-1',
    ...facts,
  };
}

const ALL_LOTS = example.lots.map((lot) => ({
  lotNumber: lot.lotNumber,
  vialsUsed: 1,
  vialsReturned: 0,
  vialsWasted: 0,
}));

/** A whole visit by the plan: check-in, vitals, start, each step on time, end, observe, sign. */
export function wholeVisit(start = START): StoredUpdate[] {
  return [
    update('u01', 0, { type: 'en_route' }),
    update('u02', 20, { type: 'arrived', location: HOME }),
    update('u03', 25, {
      type: 'vitals',
      bloodPressure: { systolic: 122, diastolic: 78 },
      pulse: 72,
      temperatureC: 36.8,
      respirationRate: 14,
      spo2: 98,
      weightKg: 71.5,
    }),
    update('u04', 30, { type: 'premedication_given', medication: 'acetaminophen', dose: '650 mg' }),
    update('u05', 40, { type: 'infusion_started', lotNumber: 'P100294871', mlPerHour: 21.4 }),
    update('u06', 70, { type: 'rate_changed', mlPerHour: 42.7 }),
    update('u07', 100, { type: 'rate_changed', mlPerHour: 85.4 }),
    update('u08', 130, { type: 'rate_changed', mlPerHour: 170.9 }),
    update('u09', 160, { type: 'rate_changed', mlPerHour: 341.8 }),
    update('u10', 200, { type: 'infusion_ended', volumeMl: 350, lots: ALL_LOTS }),
    update('u11', 260, { type: 'observation_ended' }),
    update('u12', 265, { type: 'departed', location: HOME }),
    update('u13', 270, { type: 'signed' }),
  ].map((each) => ({ ...each, at: new Date(Date.parse(each.at) - START + start).toISOString() }));
}

/** An update as the device sends it: without the sender, whom the server takes from the token. */
export function asSent(update: StoredUpdate): VisitUpdate {
  return Object.fromEntries(
    Object.entries(update).filter(([field]) => field !== 'by'),
  ) as VisitUpdate;
}
