import { rebuildVisit } from './rebuild-visit';
import { HOME, PLAN, update, wholeVisit } from './visit-fixtures.testing';
import { type StoredUpdate } from './visit-update';

/** A seeded shuffle, so a failing order can be replayed. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const copy = [...items];
  let state = seed;
  for (let index = copy.length - 1; index > 0; index -= 1) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    const other = state % (index + 1);
    [copy[index], copy[other]] = [copy[other] as T, copy[index] as T];
  }
  return copy;
}

const refusalOf = (updates: StoredUpdate[], id: string) =>
  rebuildVisit(updates, PLAN).outcomes.get(id);

describe('rebuildVisit', () => {
  it('applies a whole visit given by the plan and signs the note', () => {
    const { record, outcomes } = rebuildVisit(wholeVisit(), PLAN);
    expect(record.refused).toEqual([]);
    expect([...outcomes.values()].every((outcome) => outcome.status === 'applied')).toBe(true);
    expect(record.progress).toBe('signed');
    expect(record.infusion).toMatchObject({
      volumeMl: 350,
      partial: false,
      lotNumber: 'P100294871',
    });
    expect(record.infusion?.rates.map((rate) => rate.mlPerHour)).toEqual([
      21.4, 42.7, 85.4, 170.9, 341.8,
    ]);
  });

  it('makes the same record from updates in reverse order as in order', () => {
    const inOrder = rebuildVisit(wholeVisit(), PLAN).record;
    expect(rebuildVisit([...wholeVisit()].reverse(), PLAN).record).toEqual(inOrder);
  });

  it.each([1, 2, 3, 4, 5, 6, 7, 8])(
    'makes the same record whatever order the updates arrive in (seed %i)',
    (seed) => {
      const inOrder = rebuildVisit(wholeVisit(), PLAN).record;
      expect(rebuildVisit(shuffled(wholeVisit(), seed), PLAN).record).toEqual(inOrder);
    },
  );

  it('counts an update twice as once', () => {
    const once = rebuildVisit(wholeVisit(), PLAN).record;
    const twice = [...wholeVisit(), ...shuffled(wholeVisit(), 9)];
    expect(rebuildVisit(twice, PLAN).record).toEqual(once);
  });

  it('breaks a tie of device times by the update id', () => {
    const a = update('b', 0, { type: 'en_route' });
    const b = update('a', 0, { type: 'en_route' });
    const { record } = rebuildVisit([a, b], PLAN);
    expect(record.applied).toEqual(['a']);
    expect(record.refused).toMatchObject([{ clientUpdateId: 'b', reason: 'ALREADY_RECORDED' }]);
  });

  it('refuses a lot that is not one of the released lots', () => {
    const updates = wholeVisit().map((each) =>
      each.clientUpdateId === 'u05' ? { ...each, lotNumber: 'X999' } : each,
    );
    expect(refusalOf(updates, 'u05')).toMatchObject({
      status: 'refused',
      reason: 'LOT_NOT_RELEASED',
    });
  });

  it('refuses a lot that arrived out of its temperature range', () => {
    const plan = { ...PLAN, unusableLots: ['P100294871'] };
    expect(rebuildVisit(wholeVisit(), plan).outcomes.get('u05')).toMatchObject({
      reason: 'LOT_NOT_USABLE',
    });
  });

  it('refuses a rate above the step for the time since the start, with the allowed rate', () => {
    const updates = [
      ...wholeVisit().slice(0, 5),
      update('jump', 50, { type: 'rate_changed', mlPerHour: 85.4 }),
    ];
    expect(refusalOf(updates, 'jump')).toEqual({
      status: 'refused',
      reason: 'RATE_ABOVE_PLAN',
      message: expect.stringContaining('21.4 mL/h') as string,
      allowedMlPerHour: 21.4,
    });
  });

  it('judges elapsed time by the device clock: the second step is allowed 30 min after the start', () => {
    const updates = [
      ...wholeVisit().slice(0, 5),
      update('step2', 70, { type: 'rate_changed', mlPerHour: 42.7 }),
    ];
    expect(refusalOf(updates, 'step2')).toEqual({ status: 'applied' });
  });

  it('refuses a rate above the cap at any time', () => {
    const updates = [
      ...wholeVisit().slice(0, 9),
      update('over', 190, { type: 'rate_changed', mlPerHour: 400 }),
    ];
    expect(refusalOf(updates, 'over')).toMatchObject({
      reason: 'RATE_ABOVE_CAP',
      allowedMlPerHour: 341.8,
    });
  });

  it('holds the rate after a reaction until the nurse resumes', () => {
    const updates = [
      ...wholeVisit().slice(0, 7),
      update('react', 105, {
        type: 'reaction',
        grade: 1,
        symptoms: ['headache'],
        action: 'slowed',
      }),
      update('slower', 106, { type: 'rate_changed', mlPerHour: 42.7 }),
      update('up', 110, { type: 'rate_changed', mlPerHour: 85.4 }),
      update('resume', 120, {
        type: 'reaction',
        grade: 1,
        symptoms: ['headache'],
        action: 'resumed',
      }),
      update('up-again', 121, { type: 'rate_changed', mlPerHour: 85.4 }),
    ];
    const { outcomes, record } = rebuildVisit(updates, PLAN);
    expect(outcomes.get('slower')).toEqual({ status: 'applied' });
    expect(outcomes.get('up')).toMatchObject({
      reason: 'RATE_HELD_AFTER_REACTION',
      allowedMlPerHour: 42.7,
    });
    expect(outcomes.get('up-again')).toEqual({ status: 'applied' });
    expect(record.reactions.map((reaction) => reaction.mlPerHour)).toEqual([85.4, 42.7]);
  });

  it("refuses the end of observation before the plan's minutes, saying when it may end", () => {
    const updates = wholeVisit().map((each) =>
      each.clientUpdateId === 'u11' ? update('u11', 230, { type: 'observation_ended' }) : each,
    );
    expect(refusalOf(updates, 'u11')).toMatchObject({
      reason: 'OBSERVATION_TOO_SHORT',
      earliestAt: '2026-12-07T18:20:00.000Z',
    });
  });

  it('refuses to sign before the departure, and signs once a departure made earlier arrives', () => {
    const withoutDeparture = wholeVisit().filter((each) => each.clientUpdateId !== 'u12');
    expect(refusalOf(withoutDeparture, 'u13')).toMatchObject({ reason: 'NOT_READY_TO_SIGN' });
    const lateDeparture = [
      ...withoutDeparture,
      update('u12', 265, { type: 'departed', location: HOME }),
    ];
    expect(rebuildVisit(lateDeparture, PLAN).record.progress).toBe('signed');
  });

  it('refuses a change made after signing but keeps an addendum beside the note', () => {
    const updates = [
      ...wholeVisit(),
      update('later-vitals', 280, {
        type: 'vitals',
        bloodPressure: { systolic: 120, diastolic: 80 },
        pulse: 70,
        temperatureC: 36.7,
        respirationRate: 14,
        spo2: 99,
      }),
      update('note', 290, { type: 'addendum', text: 'Patient called: mild headache at home.' }),
    ];
    const { outcomes, record } = rebuildVisit(updates, PLAN);
    expect(outcomes.get('later-vitals')).toMatchObject({ reason: 'NOTE_SIGNED' });
    expect(record.addenda).toMatchObject([{ clientUpdateId: 'note', by: 'rn-1' }]);
    expect(record.vitals).toHaveLength(1);
  });

  it('refuses an addendum to a note not signed yet', () => {
    const updates = [update('a1', 0, { type: 'addendum', text: 'Early.' })];
    expect(refusalOf(updates, 'a1')).toMatchObject({ reason: 'NOTE_NOT_LOCKED' });
  });

  it.each([
    [79.0, { dosingWeightKg: 71.2, differencePercent: 11 }],
    [63.0, { dosingWeightKg: 71.2, differencePercent: -11.5 }],
    [78.0, undefined],
  ])('flags a weight of %d kg against the dosing weight of 71.2 kg: %j', (weightKg, flag) => {
    const updates = wholeVisit().map((each) =>
      each.type === 'vitals' ? { ...each, weightKg } : each,
    );
    expect(rebuildVisit(updates, PLAN).record.vitals[0]?.weightFlag).toEqual(flag);
  });

  it('records a partial infusion as partial', () => {
    const updates = wholeVisit().map((each) =>
      each.type === 'infusion_ended' ? { ...each, volumeMl: 200 } : each,
    );
    expect(rebuildVisit(updates, PLAN).record.infusion?.partial).toBe(true);
  });

  it('records a missed visit before the start and locks it; refuses it once the infusion started', () => {
    const missed = [
      ...wholeVisit().slice(0, 2),
      update('miss', 22, { type: 'missed', reason: 'Patient admitted to hospital.' }),
      update('vitals-after', 25, { type: 'en_route' }),
    ];
    const before = rebuildVisit(missed, PLAN);
    expect(before.record.progress).toBe('missed');
    expect(before.outcomes.get('vitals-after')).toMatchObject({ reason: 'VISIT_MISSED' });
    const after = [
      ...wholeVisit().slice(0, 5),
      update('miss', 45, { type: 'missed', reason: 'x' }),
    ];
    expect(refusalOf(after, 'miss')).toMatchObject({ reason: 'MISSED_AFTER_START' });
  });

  it('refuses steps out of order: vitals before check-in, a rate before the start', () => {
    const updates = [
      update('v', 0, {
        type: 'vitals',
        bloodPressure: { systolic: 120, diastolic: 80 },
        pulse: 70,
        temperatureC: 36.7,
        respirationRate: 14,
        spo2: 99,
      }),
      update('r', 1, { type: 'rate_changed', mlPerHour: 20 }),
    ];
    const { outcomes } = rebuildVisit(updates, PLAN);
    expect(outcomes.get('v')).toMatchObject({ reason: 'NOT_ARRIVED' });
    expect(outcomes.get('r')).toMatchObject({ reason: 'NOT_INFUSING' });
  });
});
