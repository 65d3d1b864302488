import { VisitAdverseReactionReported, VisitCompleted, VisitStarted } from '@infuse/contracts';
import { tokenFor } from '@infuse/testing';
import { type UpdateResult } from '../src/record-updates/update-result';
import { type VisitView } from '../src/view-visit/visit-view';
import { asSent, HOME, update, wholeVisit } from '../src/domain/visit-fixtures.testing';
import { type StoredUpdate } from '../src/domain/visit-update';
import { startNursingService, type NursingTestService } from './nursing-test-service';
import { acceptedReferral, releasedDose, visitFor } from './visit-fixtures';

// The nurse's device on a poor connection: batches sent twice, out of order, after signing, on
// the real PostgreSQL and broker. Device times lie five hours back, so a whole infusion is sent
// in seconds and no update is ahead of the server's clock.
const HOURS_AGO = (hours: number) => Date.now() - hours * 3_600_000;

interface BatchAnswer {
  visitId: string;
  visitStatus: string;
  results: UpdateResult[];
}

describe("nursing: update batches from the nurse's device", () => {
  let nursing: NursingTestService;
  let nurse: string;

  beforeAll(async () => {
    nursing = await startNursingService();
    await nursing.addNurse('rn-1', ['212']);
    nurse = await tokenFor('nurse', 'rn-1');
  });

  afterAll(async () => {
    await nursing.stop();
  });

  const send = (visitId: string, updates: StoredUpdate[], token = nurse) =>
    nursing.service.http.post<BatchAnswer>(
      `/v1/visits/${visitId}/updates`,
      { updates: updates.map(asSent) },
      token,
    );

  const recordOf = async (visitId: string) =>
    (await nursing.service.http.get<VisitView>(`/v1/visits/${visitId}`, nurse)).body.record;

  const outboxCount = async (type: string, visitId: string) => {
    const [row] = await nursing.query<{ count: string }>(
      `SELECT count(*) FROM nursing.outbox WHERE type = $1 AND data->>'visitId' = $2`,
      [type, visitId],
    );
    return Number(row?.count);
  };

  it("puts no development nurse in a database outside development: only the test's own", async () => {
    const nurses = await nursing.query<{ nurse_id: string }>(`SELECT nurse_id FROM nursing.nurse`);
    expect(nurses).toEqual([{ nurse_id: 'rn-1' }]);
    const territories = await nursing.query<{ postal_prefix: string }>(
      `SELECT postal_prefix FROM nursing.nurse_territory`,
    );
    expect(territories).toEqual([{ postal_prefix: '212' }]);
  });

  it('applies a batch sent twice once', async () => {
    const visitId = await visitFor(nursing);
    const updates = wholeVisit(HOURS_AGO(5));
    const first = await send(visitId, updates);
    expect(first.status).toBe(200);
    expect(first.body.results.map((result) => result.status)).toEqual(updates.map(() => 'applied'));
    const recordOnce = await recordOf(visitId);

    const second = await send(visitId, updates);
    expect(second.status).toBe(200);
    expect(second.body.results.map((result) => result.status)).toEqual(
      updates.map(() => 'already_applied'),
    );
    expect(await recordOf(visitId)).toEqual(recordOnce);
    const [stored] = await nursing.query<{ count: string }>(
      `SELECT count(*) FROM nursing.visit_update WHERE visit_id = $1`,
      [visitId],
    );
    expect(Number(stored?.count)).toBe(updates.length);
    expect(await outboxCount(VisitStarted.type, visitId)).toBe(1);
    expect(await outboxCount(VisitCompleted.type, visitId)).toBe(1);
  });

  it('counts an update repeated within one batch once', async () => {
    const visitId = await visitFor(nursing);
    const [enRoute] = wholeVisit(HOURS_AGO(5));
    const answer = await send(visitId, [enRoute!, enRoute!]);
    expect(answer.body.results.map((result) => result.status)).toEqual([
      'applied',
      'already_applied',
    ]);
  });

  it('yields the same visit record from a batch in reverse order as from one in order', async () => {
    const start = HOURS_AGO(5);
    const inOrder = await visitFor(nursing);
    const reversed = await visitFor(nursing);
    await send(inOrder, wholeVisit(start));
    const answer = await send(reversed, [...wholeVisit(start)].reverse());
    expect(answer.body.results.every((result) => result.status === 'applied')).toBe(true);
    expect(await recordOf(reversed)).toEqual(await recordOf(inOrder));
    expect((await recordOf(reversed)).progress).toBe('signed');
  });

  it('counts an update made before the signature that arrives after it', async () => {
    const visitId = await visitFor(nursing);
    const updates = wholeVisit(HOURS_AGO(5));
    const departure = updates.find((each) => each.type === 'departed')!;
    const first = await send(
      visitId,
      updates.filter((each) => each !== departure),
    );
    expect(first.body.results.at(-1)).toMatchObject({
      status: 'refused',
      reason: 'NOT_READY_TO_SIGN',
    });
    const late = await send(visitId, [departure]);
    expect(late.status).toBe(200);
    expect(late.body.visitStatus).toBe('signed');
    await nursing.visitEvents(VisitCompleted.type, visitId);
  });

  it('refuses a lot that is not one of the released lots, and keeps the rest of the batch', async () => {
    const visitId = await visitFor(nursing);
    const start = HOURS_AGO(5);
    const [enRoute, arrived] = wholeVisit(start);
    const wrongLot = update(
      'start-wrong-lot',
      40,
      { type: 'infusion_started', lotNumber: 'ZZ-1' },
      start,
    );
    const answer = await send(visitId, [enRoute!, arrived!, wrongLot]);
    expect(answer.status).toBe(200);
    expect(answer.body.results).toEqual([
      { clientUpdateId: 'u01', status: 'applied' },
      { clientUpdateId: 'u02', status: 'applied' },
      {
        clientUpdateId: 'start-wrong-lot',
        status: 'refused',
        reason: 'LOT_NOT_RELEASED',
        message: expect.stringContaining('ZZ-1') as string,
      },
    ]);
    expect((await recordOf(visitId)).infusion).toBeUndefined();
  });

  it('refuses a rate jump past the plan with the allowed rate', async () => {
    const visitId = await visitFor(nursing);
    const start = HOURS_AGO(5);
    const jump = update('jump', 45, { type: 'rate_changed', mlPerHour: 170.9 }, start);
    const answer = await send(visitId, [...wholeVisit(start).slice(0, 5), jump]);
    expect(answer.body.results.at(-1)).toMatchObject({
      clientUpdateId: 'jump',
      status: 'refused',
      reason: 'RATE_ABOVE_PLAN',
      allowedMlPerHour: 21.4,
    });
    const capped = update('over-cap', 200, { type: 'rate_changed', mlPerHour: 500 }, start);
    const overCap = await send(visitId, [capped]);
    expect(overCap.body.results[0]).toMatchObject({
      reason: 'RATE_ABOVE_CAP',
      allowedMlPerHour: 341.8,
    });
  });

  it('raises the adverse-reaction event of a grade 3 reaction at once, and holds the rate', async () => {
    const visitId = await visitFor(nursing);
    const start = HOURS_AGO(5);
    const reaction = update(
      'wheeze',
      120,
      { type: 'reaction', grade: 3, symptoms: ['wheezing', 'chest tightness'], action: 'paused' },
      start,
    );
    const up = update('up', 125, { type: 'rate_changed', mlPerHour: 170.9 }, start);
    const answer = await send(visitId, [...wholeVisit(start).slice(0, 7), reaction, up]);
    expect(answer.body.results.at(-1)).toMatchObject({
      reason: 'RATE_HELD_AFTER_REACTION',
      allowedMlPerHour: 85.4,
    });
    const [event] = await nursing.visitEvents(VisitAdverseReactionReported.type, visitId);
    expect(VisitAdverseReactionReported.schema.parse(event?.data)).toMatchObject({
      visitId,
      nurseId: 'rn-1',
      productId: 'privigen',
      lotNumber: 'P100294871',
      reaction: { grade: 3, symptoms: ['wheezing', 'chest tightness'], action: 'paused' },
      mlPerHour: 85.4,
    });
    // Sent again, the reaction is not reported again.
    await send(visitId, [reaction]);
    expect(await outboxCount(VisitAdverseReactionReported.type, visitId)).toBe(1);
  });

  it('refuses a change to the signed note with 409 but keeps an addendum', async () => {
    const visitId = await visitFor(nursing);
    const start = HOURS_AGO(5);
    await send(visitId, wholeVisit(start));
    const change = update('after-sign', 280, { type: 'rate_changed', mlPerHour: 20 }, start);
    const addendum = update(
      'addendum-1',
      285,
      { type: 'addendum', text: 'Called the patient: well.' },
      start,
    );
    const refused = await send(visitId, [change]);
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({
      status: 409,
      code: 'VISIT.NOTE_LOCKED',
      results: [{ clientUpdateId: 'after-sign', status: 'refused', reason: 'NOTE_SIGNED' }],
    });
    const kept = await send(visitId, [addendum]);
    expect(kept.status).toBe(200);
    expect(kept.body.results).toEqual([{ clientUpdateId: 'addendum-1', status: 'applied' }]);
    const record = await recordOf(visitId);
    expect(record.addenda).toMatchObject([{ text: 'Called the patient: well.', by: 'rn-1' }]);
    expect(record.infusion?.rates.map((rate) => rate.mlPerHour)).not.toContain(20);
  });

  it('completes the visit with the six EVV elements and the next dose date', async () => {
    const referral = acceptedReferral();
    const released = releasedDose(referral);
    const visitId = await visitFor(nursing, referral, released);
    const start = HOURS_AGO(5);
    await send(visitId, wholeVisit(start));
    const [event] = await nursing.visitEvents(VisitCompleted.type, visitId);
    const completed = VisitCompleted.schema.parse(event?.data);
    const firstDay = released.administrationDates[0]!;
    const interval = referral.order.intervalDays;
    const nextDose = new Date(Date.parse(`${firstDay}T00:00:00Z`) + interval * 86_400_000)
      .toISOString()
      .slice(0, 10);
    expect(completed).toMatchObject({
      visitId,
      nurseId: 'rn-1',
      lastDayOfCycle: true,
      gramsGiven: 35,
      infusion: { volumeMl: 350, partial: false },
      nextDoseDate: nextDose,
      evv: {
        serviceType: 'home infusion nursing, IVIG',
        patientId: referral.patientId,
        location: { arrived: HOME, departed: HOME },
        nurseId: 'rn-1',
        timeIn: new Date(start + 20 * 60_000).toISOString(),
        timeOut: new Date(start + 265 * 60_000).toISOString(),
      },
    });
    expect(completed.evv.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(completed.lots.map((lot) => lot.lotNumber)).toEqual(
      released.lots.map((lot) => lot.lotNumber),
    );
  });

  it('flags a weight more than 10 % from the dosing weight for the pharmacist', async () => {
    const visitId = await visitFor(nursing);
    const updates = wholeVisit(HOURS_AGO(5)).map((each) =>
      each.type === 'vitals' ? { ...each, weightKg: 80 } : each,
    );
    await send(visitId, updates);
    expect((await recordOf(visitId)).vitals[0]?.weightFlag).toEqual({
      dosingWeightKg: 71.2,
      differencePercent: 12.4,
    });
    const [event] = await nursing.visitEvents(VisitCompleted.type, visitId);
    expect(VisitCompleted.schema.parse(event?.data)).toMatchObject({
      weightKg: 80,
      weightFlag: { dosingWeightKg: 71.2, differencePercent: 12.4 },
    });
  });

  it('refuses an update dated more than 5 minutes ahead of the server, and stores nothing of it', async () => {
    const visitId = await visitFor(nursing);
    const ahead = update('ahead', 0, { type: 'en_route' }, Date.now() + 10 * 60_000);
    const answer = await send(visitId, [ahead]);
    expect(answer.body.results).toEqual([
      expect.objectContaining({
        clientUpdateId: 'ahead',
        status: 'refused',
        reason: 'AT_IN_FUTURE',
      }),
    ]);
    const rows = await nursing.query(`SELECT 1 FROM nursing.visit_update WHERE visit_id = $1`, [
      visitId,
    ]);
    expect(rows).toEqual([]);
  });

  it('answers a malformed update with 400 naming the field, and stores nothing', async () => {
    const visitId = await visitFor(nursing);
    const answer = await nursing.service.http.post<{ errors: { pointer: string }[] }>(
      `/v1/visits/${visitId}/updates`,
      {
        updates: [
          { clientUpdateId: 'ok', at: new Date().toISOString(), type: 'en_route' },
          {
            clientUpdateId: 'bad',
            at: new Date().toISOString(),
            type: 'rate_changed',
            mlPerHour: -5,
          },
        ],
      },
      nurse,
    );
    expect(answer.status).toBe(400);
    expect(answer.body.errors.map((error) => error.pointer)).toContain('#/updates/1/mlPerHour');
    const rows = await nursing.query(`SELECT 1 FROM nursing.visit_update WHERE visit_id = $1`, [
      visitId,
    ]);
    expect(rows).toEqual([]);
  });
});
