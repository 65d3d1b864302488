import { EVENT_CONTRACTS } from '@infuse/contracts';
import { type JourneyEntry, type JourneyFacts } from './journey-entry';
import { projectJourney } from './journey-projection';

const LIFE = new Map(EVENT_CONTRACTS.map((contract, index) => [contract.type, index]));
const lifeOrder = (type: string) => LIFE.get(type) ?? LIFE.size;

let sequence = 0;
/** An entry of `<aggregate>.<verb>` at day `day` (hours past 09:00 on the first of December). */
function entry(name: string, hour: number, facts: JourneyFacts = {}): JourneyEntry {
  sequence += 1;
  const at = new Date(Date.UTC(2026, 11, 1, 9) + hour * 3_600_000).toISOString();
  const [aggregate] = name.split('.');
  return {
    eventId: `event-${String(sequence).padStart(4, '0')}`,
    type: `org.infuse.${name}.v1`,
    service: aggregate === 'authorization' ? 'prior-auth' : (aggregate ?? 'referrals'),
    occurredAt: at,
    facts,
  };
}

/** A first dose from referral to the nurse's completed visit, hour by hour. */
function firstDose(): JourneyEntry[] {
  return [
    entry('referral.received', 0),
    entry('referral.documents-requested', 0, { missing: ['lab:CREAT:stale'] }),
    entry('referral.accepted', 5),
    entry('authorization.requested', 5, { payerId: 'northwind-medicare' }),
    entry('authorization.submitted', 6, { payerId: 'northwind-medicare' }),
    entry('authorization.pended', 6, {
      payerId: 'northwind-medicare',
      respondBy: '2026-12-04T09:00:00Z',
    }),
    entry('authorization.approved', 30, { payerId: 'northwind-medicare' }),
    entry('assistance-case.screened', 30, { outcome: 'needs_financials' }),
    entry('dispense.created', 30, { cycle: 1 }),
    entry('assistance-case.screened', 32, { outcome: 'eligible' }),
    entry('assistance-case.enrolled', 33),
    entry('dispense.verified', 48, { cycle: 1 }),
    entry('dispense.released', 50, { cycle: 1 }),
    entry('visit.scheduled', 50, { cycle: 1, visitDate: '2026-12-08', nurseId: 'rn-1' }),
    entry('dispense.shipped', 52, { cycle: 1 }),
    entry('dispense.delivered', 70, { cycle: 1 }),
    entry('visit.started', 96, { cycle: 1 }),
    entry('visit.completed', 100, {
      cycle: 1,
      lastDayOfCycle: true,
      nextDoseDate: '2027-01-05',
      givenOn: '2026-12-05',
    }),
  ];
}

const project = (entries: JourneyEntry[]) => projectJourney(entries, lifeOrder);

describe('the journey of a referral', () => {
  it.each<[string, number, object]>([
    [
      'an incomplete referral',
      2,
      { stage: 'intake', waiting: { on: 'coordinator', for: 'missing: lab:CREAT:stale' } },
    ],
    ['an accepted referral', 3, { stage: 'authorization', waiting: { on: 'prior-auth' } }],
    [
      'a pended request',
      6,
      {
        stage: 'authorization',
        waiting: { on: 'payer', for: 'a decision by 2026-12-04T09:00:00Z' },
      },
    ],
    [
      'an approval while assistance needs income',
      9,
      { stage: 'assistance', waiting: { on: 'coordinator' } },
    ],
    ['an enrolled patient', 11, { stage: 'verification', waiting: { on: 'pharmacist' } }],
    [
      'a verified dose',
      12,
      { stage: 'release', waiting: { on: 'pharmacist', for: 'release with lots' } },
    ],
    ['a released dose', 14, { stage: 'shipment', waiting: { on: 'pharmacy' } }],
    ['a shipped dose', 15, { stage: 'shipment', waiting: { on: 'carrier' } }],
    [
      'a delivered dose',
      16,
      { stage: 'visit', waiting: { on: 'nurse', for: 'the visit on 2026-12-08' } },
    ],
    [
      'a first dose given',
      18,
      {
        stage: 'cycle',
        cycle: 2,
        step: 'next-order',
        waiting: { on: 'pharmacy', for: 'the order of the dose due 2027-01-05' },
      },
    ],
  ])('puts %s in its stage', (_case, count, expected) => {
    expect(project(firstDose().slice(0, count))).toMatchObject(expected);
  });

  it('gives the same journey whatever order the events arrive in', () => {
    const inOrder = project(firstDose());
    const entries = firstDose();
    const shuffled = [...entries.slice(9), ...entries.slice(0, 9)].reverse();
    expect(project(shuffled)).toEqual({ ...inOrder });
    expect(inOrder).toMatchObject({ receivedAt: entries[0]!.occurredAt, dosesGiven: 1 });
  });

  it('counts days in a stage from the event that entered it', () => {
    const entries = firstDose().slice(0, 11);
    // Verification began when assistance was settled, not when the order was created.
    expect(project(entries)).toMatchObject({
      stage: 'verification',
      since: entries[10]!.occurredAt,
    });
  });

  it('follows later doses as cycle n, and a hold for a reauthorization', () => {
    const entries = [
      ...firstDose(),
      entry('dispense.created', 101, { cycle: 2 }),
      entry('dispense.verified', 102, { cycle: 2 }),
    ];
    expect(project(entries)).toMatchObject({ stage: 'cycle', cycle: 2, step: 'release' });
    const held = [
      ...firstDose(),
      entry('dispense.next-cycle-held', 101, {
        cycle: 1,
        reason: 'no-authorization',
        nextDoseDate: '2027-01-05',
      }),
    ];
    expect(project(held)).toMatchObject({
      stage: 'cycle',
      cycle: 2,
      step: 'next-order',
      waiting: { on: 'coordinator', for: 'a reauthorization covering the next dose' },
    });
  });

  it('asks the coordinator for a nurse when nobody covers the home, and to reschedule a missed visit', () => {
    const base = firstDose().slice(0, 13);
    const unassigned = [
      ...base,
      entry('visit.scheduled', 50, { cycle: 1, visitDate: '2026-12-08' }),
      entry('dispense.shipped', 52, { cycle: 1 }),
      entry('dispense.delivered', 70, { cycle: 1 }),
    ];
    expect(project(unassigned)?.waiting).toEqual({
      on: 'coordinator',
      for: 'a nurse for the visit',
    });
    const missed = [...firstDose().slice(0, 16), entry('visit.missed', 96, { cycle: 1 })];
    expect(project(missed)?.waiting).toEqual({
      on: 'coordinator',
      for: 'rescheduling the missed visit',
    });
  });

  it('closes a rejected or cancelled referral', () => {
    expect(project([entry('referral.received', 0), entry('referral.rejected', 1)])).toMatchObject({
      stage: 'closed',
    });
    expect(project([...firstDose().slice(0, 9), entry('referral.cancelled', 40)])).toMatchObject({
      stage: 'closed',
    });
  });

  it('judges a denial as waiting on the coordinator', () => {
    const entries = [
      ...firstDose().slice(0, 5),
      entry('authorization.denied', 8, { payerId: 'state-medicaid' }),
    ];
    expect(project(entries)).toMatchObject({
      stage: 'authorization',
      waiting: { on: 'coordinator' },
    });
  });
});
