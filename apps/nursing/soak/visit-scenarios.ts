import { HOME, update, wholeVisit } from '../src/domain/visit-fixtures.testing';
import { type StoredUpdate } from '../src/domain/visit-update';

const vitals = {
  type: 'vitals' as const,
  bloodPressure: { systolic: 118, diastolic: 76 },
  pulse: 80,
  temperatureC: 37.1,
  respirationRate: 16,
  spo2: 97,
};

/**
 * The updates one visit's device makes, by kind, so the soak goes through every rule: whole
 * visits, refused rate jumps and a reaction held until resumed, a grade 3 reaction that stops
 * the infusion, a missed visit, a wrong lot, an early end of observation, an addendum and a
 * change after signing.
 */
export function visitScenario(kind: number, start: number, nurseId: string): StoredUpdate[] {
  const at = (id: string, minutes: number, facts: Parameters<typeof update>[2]) =>
    update(id, minutes, facts, start);
  const whole = wholeVisit(start);
  const byId = (id: string) => whole.find((each) => each.clientUpdateId === id)!;
  let updates: StoredUpdate[];
  switch (kind % 5) {
    case 0:
      updates = whole;
      break;
    case 1:
      updates = [
        ...whole,
        at('jump', 45, { type: 'rate_changed', mlPerHour: 170.9 }),
        at('react', 105, { type: 'reaction', grade: 1, symptoms: ['headache'], action: 'slowed' }),
        at('slow', 106, { type: 'rate_changed', mlPerHour: 42.7 }),
        at('resume', 125, {
          type: 'reaction',
          grade: 1,
          symptoms: ['headache'],
          action: 'resumed',
        }),
        at('vitals-2', 140, vitals),
      ];
      break;
    case 2:
      updates = [
        ...whole.filter((each) => !['u09', 'u10'].includes(each.clientUpdateId)),
        at('stop', 150, {
          type: 'reaction',
          grade: 3,
          symptoms: ['wheezing', 'chest tightness'],
          action: 'stopped',
        }),
        at('up-after-stop', 155, { type: 'rate_changed', mlPerHour: 341.8 }),
        at('end-partial', 160, {
          type: 'infusion_ended',
          volumeMl: 180,
          partial: true,
          lots: [{ lotNumber: 'P100294871', vialsUsed: 1, vialsReturned: 0, vialsWasted: 1 }],
        }),
      ].map((each) =>
        each.clientUpdateId === 'u11' ? at('u11', 230, { type: 'observation_ended' }) : each,
      );
      break;
    case 3:
      updates = [
        byId('u01'),
        byId('u02'),
        at('missed', 25, { type: 'missed', reason: 'Patient admitted to hospital.' }),
        at('after-missed', 30, vitals),
      ];
      break;
    default:
      updates = [
        ...whole,
        at('wrong-lot', 39, { type: 'infusion_started', lotNumber: 'NOT-RELEASED' }),
        at('early-obs', 220, { type: 'observation_ended' }),
        at('addendum', 280, { type: 'addendum', text: 'Called the patient: well.' }),
        at('after-sign', 285, { ...vitals, weightKg: 80 }),
        at('depart-again', 286, { type: 'departed', location: HOME }),
      ];
  }
  return updates.map((each) => ({ ...each, by: nurseId }));
}
