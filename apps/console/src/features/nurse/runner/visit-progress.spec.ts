import type { QueuedState, QueuedUpdate } from '../queue/update-store';
import type { UpdateFacts } from '@infuse/contracts';
import type { VisitRecord } from '../visits.api';
import { notYetInRecord, progressOf, type Stage } from './visit-progress';

const HOME = { latitude: 39.2904, longitude: -76.6122 };

function record(changes: Partial<VisitRecord> = {}): VisitRecord {
  return {
    progress: 'scheduled',
    vitals: [],
    premedications: [],
    reactions: [],
    rateHeld: false,
    addenda: [],
    applied: [],
    refused: [],
    ...changes,
  };
}

/** An update the nurse recorded on this device at a time of the visit's day (HH:mm, UTC). */
function queued(
  id: string,
  time: string,
  facts: UpdateFacts,
  state: QueuedState = 'waiting',
): QueuedUpdate {
  return {
    clientUpdateId: id,
    visitId: 'visit-1',
    nurseId: 'nurse-1',
    update: { clientUpdateId: id, at: `2026-12-07T${time}:00.000Z`, ...facts },
    state,
    attempts: state === 'waiting' ? 0 : 1,
  };
}

const ARRIVED = { at: '2026-12-07T13:40:00.000Z', location: HOME };
const INFUSION = {
  startedAt: '2026-12-07T14:00:00.000Z',
  lotNumber: 'P100234',
  rates: [{ at: '2026-12-07T14:00:00.000Z', mlPerHour: 21.4 }],
};
const STARTED = record({
  progress: 'infusing',
  enRouteAt: '2026-12-07T13:00:00.000Z',
  arrived: ARRIVED,
  infusion: INFUSION,
  applied: ['u-en-route', 'u-arrived', 'u-started'],
});

describe('progressOf', () => {
  it('follows the service’s record when nothing is queued on the device', () => {
    const progress = progressOf(STARTED, []);
    expect(progress.stage).toBe('infusing');
    expect(progress.currentRate).toBe(21.4);
    expect(progress.lotNumber).toBe('P100234');
    expect(progress.pending).toBe(0);
  });

  it('lets the nurse carry on offline: updates not yet sent move the visit on', () => {
    const progress = progressOf(record(), [
      queued('u-en-route', '13:00', { type: 'en_route' }),
      queued('u-arrived', '13:40', { type: 'arrived', location: HOME }),
    ]);
    expect(progress.stage).toBe('arrived');
    expect(progress.arrivedAt).toBe('2026-12-07T13:40:00.000Z');
    expect(progress.pending).toBe(2);
  });

  it('does not count an update twice once the record shows it', () => {
    const rateChanged = queued(
      'u-rate-2',
      '14:30',
      { type: 'rate_changed', mlPerHour: 42.7 },
      'applied',
    );
    const stored = record({
      ...STARTED,
      infusion: {
        ...INFUSION,
        rates: [...INFUSION.rates, { at: '2026-12-07T14:30:00.000Z', mlPerHour: 42.7 }],
      },
      applied: [...STARTED.applied, 'u-rate-2'],
    });
    expect(progressOf(stored, [rateChanged]).rates).toHaveLength(2);
  });

  it('shows an update the service answered but the record read before it did not yet show', () => {
    const progress = progressOf(STARTED, [
      queued('u-rate-2', '14:30', { type: 'rate_changed', mlPerHour: 42.7 }, 'applied'),
    ]);
    expect(progress.currentRate).toBe(42.7);
    expect(progress.pending).toBe(0);
  });

  it('leaves out an update the service refused', () => {
    const progress = progressOf(STARTED, [
      queued('u-rate-2', '14:10', { type: 'rate_changed', mlPerHour: 85.4 }, 'refused'),
    ]);
    expect(progress.currentRate).toBe(21.4);
    expect(progress.pending).toBe(0);
  });

  it('runs the pump at the latest rate by the device’s clock, whatever order they were queued in', () => {
    const progress = progressOf(STARTED, [
      queued('u-rate-3', '15:00', { type: 'rate_changed', mlPerHour: 85.4 }),
      queued('u-rate-2', '14:30', { type: 'rate_changed', mlPerHour: 42.7 }),
    ]);
    expect(progress.rates.map((rate) => rate.mlPerHour)).toEqual([21.4, 42.7, 85.4]);
    expect(progress.currentRate).toBe(85.4);
  });

  it('holds the rate after a reaction until the nurse records that she resumed', () => {
    const slowed = queued('u-reaction', '14:20', {
      type: 'reaction',
      grade: 1,
      symptoms: ['headache'],
      action: 'slowed',
    });
    expect(progressOf(STARTED, [slowed]).rateHeld).toBe(true);
    const resumed = queued('u-resumed', '14:40', {
      type: 'reaction',
      grade: 1,
      symptoms: ['headache'],
      action: 'resumed',
    });
    // Queued in the other order: the device's clock decides which came last.
    expect(progressOf(STARTED, [resumed, slowed]).rateHeld).toBe(false);
  });

  it('keeps the start, lot and first rate the service stored over a second start', () => {
    const progress = progressOf(STARTED, [
      queued('u-started-again', '14:05', {
        type: 'infusion_started',
        lotNumber: 'OTHER',
        mlPerHour: 30,
      }),
    ]);
    expect(progress.startedAt).toBe('2026-12-07T14:00:00.000Z');
    expect(progress.lotNumber).toBe('P100234');
    expect(progress.rates).toHaveLength(1);
  });

  it('starts the pump at the rate given with the start', () => {
    const arrived = record({ progress: 'arrived', arrived: ARRIVED, applied: ['u-arrived'] });
    const progress = progressOf(arrived, [
      queued('u-started', '14:00', {
        type: 'infusion_started',
        lotNumber: 'P100234',
        mlPerHour: 21.4,
      }),
    ]);
    expect(progress.stage).toBe('infusing');
    expect(progress.currentRate).toBe(21.4);
  });

  it.each<[Stage, UpdateFacts]>([
    ['observing', { type: 'infusion_ended', volumeMl: 350, lots: [] }],
    ['departed', { type: 'departed', location: HOME }],
    ['signed', { type: 'signed' }],
    ['missed', { type: 'missed', reason: 'Patient not at home' }],
  ])('is %s once the nurse records it', (stage, facts) => {
    expect(progressOf(STARTED, [queued('u-last', '17:00', facts)]).stage).toBe(stage);
  });

  it('adds vitals and premedication taken offline to the record’s', () => {
    const progress = progressOf(STARTED, [
      queued('u-vitals', '14:15', {
        type: 'vitals',
        bloodPressure: { systolic: 122, diastolic: 78 },
        pulse: 72,
        temperatureC: 36.8,
        respirationRate: 16,
        spo2: 98,
      }),
      queued('u-premed', '13:30', {
        type: 'premedication_given',
        medication: 'Acetaminophen',
        dose: '650 mg',
      }),
    ]);
    expect(progress.vitals).toEqual([
      {
        at: '2026-12-07T14:15:00.000Z',
        bloodPressure: { systolic: 122, diastolic: 78 },
        pulse: 72,
        temperatureC: 36.8,
        respirationRate: 16,
        spo2: 98,
      },
    ]);
    expect(progress.premedications).toEqual([
      { at: '2026-12-07T13:30:00.000Z', medication: 'Acetaminophen', dose: '650 mg' },
    ]);
  });

  it('does not change the record it was given', () => {
    progressOf(STARTED, [queued('u-rate-2', '14:30', { type: 'rate_changed', mlPerHour: 42.7 })]);
    expect(STARTED.infusion?.rates).toHaveLength(1);
  });
});

describe('notYetInRecord', () => {
  it('keeps the device’s updates the record does not show, except refused ones', () => {
    const rate = (mlPerHour: number) => ({ type: 'rate_changed', mlPerHour }) as const;
    const inRecord = queued(
      'u-started',
      '14:00',
      { type: 'infusion_started', lotNumber: 'P100234' },
      'applied',
    );
    const refused = queued('u-rate-2', '14:10', rate(85.4), 'refused');
    const answered = queued('u-rate-3', '14:30', rate(42.7), 'already_applied');
    const waiting = queued('u-rate-4', '15:00', rate(85.4));
    expect(notYetInRecord(STARTED, [inRecord, refused, answered, waiting])).toEqual([
      answered,
      waiting,
    ]);
  });
});
