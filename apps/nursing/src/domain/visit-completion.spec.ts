import { DispenseReleased } from '@infuse/contracts';
import { announcementsOf, markAnnounced } from './visit-announcements';
import { completionOf } from './visit-completion';
import { HOME, PLAN, START, update, wholeVisit } from './visit-fixtures.testing';
import { rebuildVisit } from './rebuild-visit';
import { newVisit, type Visit } from './visit';
import { type StoredUpdate } from './visit-update';

const release = DispenseReleased.example;

function visitWith(updates: StoredUpdate[], change: Partial<Visit> = {}): Visit {
  const { record } = rebuildVisit(updates, PLAN);
  return {
    ...newVisit({
      id: '9d2e4f61-3b7a-4c58-8e0d-6a1f2b3c4d59',
      dispenseId: release.dispenseId,
      referralId: release.referralId,
      patientId: release.patientId,
      cycle: 1,
      infusionDay: 1,
      infusionDays: 1,
      attempt: 1,
      visitDate: '2026-12-07',
      nurseId: 'rn-1',
    }),
    record,
    status: record.progress,
    ...change,
  };
}

const context = { release, intervalDays: 28, timeZone: 'America/New_York' };

describe('completionOf', () => {
  it('carries the six EVV elements, the grams given, the lots and the next dose date', () => {
    const completed = completionOf(visitWith(wholeVisit()), context);
    expect(completed).toMatchObject({
      nurseId: 'rn-1',
      lastDayOfCycle: true,
      gramsGiven: 35,
      infusion: { volumeMl: 350, partial: false },
      weightKg: 71.5,
      // doseDue: the interval (28 days) after the first administration date, 2026-12-07.
      nextDoseDate: '2027-01-04',
      evv: {
        serviceType: 'home infusion nursing, IVIG',
        patientId: release.patientId,
        date: '2026-12-07',
        location: { arrived: HOME, departed: HOME },
        nurseId: 'rn-1',
        timeIn: new Date(START + 20 * 60_000).toISOString(),
        timeOut: new Date(START + 265 * 60_000).toISOString(),
      },
      completedAt: new Date(START + 270 * 60_000).toISOString(),
    });
    expect(completed?.lots).toHaveLength(3);
    expect(completed?.weightFlag).toBeUndefined();
  });

  it('dates the EVV day in the service time zone, not UTC', () => {
    // 02:00 UTC on 8 December is still 7 December in Baltimore.
    const lateStart = Date.parse('2026-12-08T02:00:00Z') - 20 * 60_000;
    const completed = completionOf(visitWith(wholeVisit(lateStart)), context);
    expect(completed?.evv.date).toBe('2026-12-07');
  });

  it('grams from the volume given: a partial infusion gives less', () => {
    const partial = wholeVisit().map((each) =>
      each.type === 'infusion_ended' ? { ...each, volumeMl: 175 } : each,
    );
    expect(completionOf(visitWith(partial), context)).toMatchObject({
      gramsGiven: 17.5,
      infusion: { partial: true },
    });
  });

  it('is not a completion while the note is not signed', () => {
    const unsigned = wholeVisit().filter((each) => each.type !== 'signed');
    expect(completionOf(visitWith(unsigned), context)).toBeUndefined();
  });

  it('is the last day of the cycle only on the last infusion day', () => {
    const day1of2 = visitWith(wholeVisit(), { infusionDays: 2 });
    expect(completionOf(day1of2, context)?.lastDayOfCycle).toBe(false);
  });
});

describe('announcementsOf', () => {
  const stop = update('stop', 120, {
    type: 'reaction',
    grade: 2,
    symptoms: ['hives'],
    action: 'stopped',
  });
  const mild = update('mild', 110, {
    type: 'reaction',
    grade: 1,
    symptoms: ['headache'],
    action: 'slowed',
  });

  it('announces the start, each serious reaction and the signature once', () => {
    const visit = visitWith([...wholeVisit().slice(0, 8), mild, stop]);
    const first = announcementsOf(visit);
    expect(first).toMatchObject({ started: true, completed: false, missed: false });
    expect(first.reactions.map((reaction) => reaction.clientUpdateId)).toEqual(['stop']);
    expect(announcementsOf(markAnnounced(visit, first))).toEqual({
      started: false,
      reactions: [],
      completed: false,
      missed: false,
    });
  });

  it('announces a missed visit', () => {
    const visit = visitWith([update('m', 0, { type: 'missed', reason: 'Nobody home.' })]);
    expect(announcementsOf(visit)).toMatchObject({ missed: true, started: false });
  });
});
