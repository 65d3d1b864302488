import {
  DispenseCancelled,
  DispenseDelivered,
  DispenseReleased,
  DispenseReopened,
  DispenseShipped,
  ReferralAccepted,
  ReferralCancelled,
  VisitAssigned,
  VisitCancelled,
  VisitMissed,
  VisitScheduled,
} from '@infuse/contracts';
import { eventually, tokenFor } from '@infuse/testing';
import { asSent, update, wholeVisit } from '../src/domain/visit-fixtures.testing';
import { type VisitSummary } from '../src/list-visits/list-visits.query';
import { type VisitView } from '../src/view-visit/visit-view';
import { startNursingService, type NursingTestService } from './nursing-test-service';
import {
  acceptedReferral,
  daysFromToday,
  releasedDose,
  scheduledVisits,
  visitFor,
} from './visit-fixtures';

// Visits as intake, pharmacy, coordinators and admins make them: from events on the real broker,
// by territory, by hand; and who may see what. The development nurses are seeded here, as
// `npm start` does, so the example referral's home (21230, Baltimore) goes to rn-1. State is read
// as each user may read it: the clinical record by its nurse, status and assignment from the
// admin's summaries.
describe('nursing: visits from referrals and released doses', () => {
  let nursing: NursingTestService;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    nursing = await startNursingService({ NURSING_SEED_DEVELOPMENT_NURSES: 'true' });
    await nursing.addNurse('rn-canton', ['21231']);
    tokens['rn1'] = await tokenFor('nurse', 'rn-1');
    tokens['rn2'] = await tokenFor('nurse', 'rn-2');
    tokens['admin'] = await tokenFor('admin', 'ad-1');
    tokens['coordinator'] = await tokenFor('intake_coordinator', 'ic-1');
    tokens['pharmacist'] = await tokenFor('pharmacist', 'ph-1');
    tokens['payer'] = await tokenFor('payer', 'rev-1', 'acme-health');
  });

  afterAll(async () => {
    await nursing.stop();
  });

  const get = <Body>(path: string, who: string) =>
    nursing.service.http.get<Body>(path, tokens[who]);
  const post = <Body>(path: string, body: unknown, who: string) =>
    nursing.service.http.post<Body>(path, body, tokens[who]);
  const view = (visitId: string, who: string) => get<VisitView>(`/v1/visits/${visitId}`, who);
  /** The visit as the admin's list summarises it, found page by page (any day). */
  const summary = async (visitId: string): Promise<VisitSummary> => {
    let cursor: string | null = null;
    do {
      const query: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
      const page = await get<{ items: VisitSummary[]; nextCursor: string | null }>(
        `/v1/visits?limit=100${query}`,
        'admin',
      );
      const found = page.body.items.find((item) => item.id === visitId);
      if (found) return found;
      cursor = page.body.nextCursor;
    } while (cursor);
    throw new Error(`visit ${visitId} is not in the admin's list`);
  };

  it('schedules one visit per infusion day on its date and gives it to the nurse of the home', async () => {
    const referral = acceptedReferral();
    const dates = [daysFromToday(3), daysFromToday(4)];
    const released = releasedDose(referral, dates);
    await nursing.publish(ReferralAccepted, referral);
    await nursing.publish(DispenseReleased, released);
    const visitIds = await scheduledVisits(nursing, released);
    expect(visitIds).toHaveLength(2);
    const assigned = await Promise.all(
      visitIds.map(async (visitId) =>
        VisitAssigned.schema.parse(
          (await nursing.visitEvents(VisitAssigned.type, visitId))[0]?.data,
        ),
      ),
    );
    expect(
      assigned.map(({ nurseId, basis, infusionDay, visitDate }) => ({
        nurseId,
        basis,
        infusionDay,
        visitDate,
      })),
    ).toEqual([
      { nurseId: 'rn-1', basis: 'territory', infusionDay: 1, visitDate: dates[0] },
      { nurseId: 'rn-1', basis: 'territory', infusionDay: 2, visitDate: dates[1] },
    ]);
    const day = await get<{ items: VisitSummary[] }>(`/v1/visits?date=${dates[1]}`, 'rn1');
    expect(day.body.items.map((item) => item.id)).toEqual([visitIds[1]]);
  });

  it('gives the home to the nurse with the closest territory (longest postal prefix)', async () => {
    const referral = acceptedReferral((accepted) => {
      accepted.patient.address = { ...accepted.patient.address!, postalCode: '21231' };
    });
    const visitId = await visitFor(nursing, referral);
    expect((await summary(visitId)).nurseId).toBe('rn-canton');
  });

  it('keeps a dose released before its referral and schedules it once the referral arrives, once', async () => {
    const referral = acceptedReferral();
    const released = releasedDose(referral);
    const eventId = await nursing.publish(DispenseReleased, released);
    await nursing.publish(DispenseReleased, released, eventId);
    // A second delivery of the same fact as another event schedules nothing more either.
    await nursing.publish(DispenseReleased, released);
    await eventually('the dose kept', async () => {
      const rows = await nursing.query(
        `SELECT 1 FROM nursing.released_dose WHERE dispense_id = $1`,
        [released.dispenseId],
      );
      return rows.length === 1 ? true : undefined;
    });
    expect(
      await nursing.query(`SELECT 1 FROM nursing.visit WHERE dispense_id = $1`, [
        released.dispenseId,
      ]),
    ).toEqual([]);
    await nursing.publish(ReferralAccepted, referral);
    await nursing.publish(ReferralAccepted, referral);
    const [visitId] = await scheduledVisits(nursing, released);
    expect(await summary(visitId!)).toMatchObject({ nurseId: 'rn-1', status: 'scheduled' });
    const visits = await nursing.query(`SELECT id FROM nursing.visit WHERE dispense_id = $1`, [
      released.dispenseId,
    ]);
    expect(visits).toHaveLength(1);
  });

  it("leaves a home with no address, or no nurse for it, unassigned in the admin's list until assigned", async () => {
    const noAddress = acceptedReferral((accepted) => delete accepted.patient.address);
    const farAway = acceptedReferral((accepted) => {
      accepted.patient.address = {
        ...accepted.patient.address!,
        city: 'Anchorage',
        state: 'AK',
        postalCode: '99501',
      };
    });
    const date = daysFromToday(9);
    const first = await visitFor(nursing, noAddress, releasedDose(noAddress, [date]));
    const second = await visitFor(nursing, farAway, releasedDose(farAway, [date]));
    const unassigned = await get<{ items: VisitSummary[] }>(
      `/v1/visits?date=${date}&unassigned=true`,
      'admin',
    );
    expect(unassigned.body.items.map((item) => item.id).sort()).toEqual([first, second].sort());
    expect(unassigned.body.items.every((item) => item.nurseId === null)).toBe(true);

    const assigned = await post(`/v1/visits/${first}/assign`, { nurseId: 'rn-2' }, 'coordinator');
    expect(assigned.status).toBe(200);
    expect(assigned.body).toMatchObject({ id: first, nurseId: 'rn-2' });
    const [event] = await nursing.visitEvents(VisitAssigned.type, first);
    expect(VisitAssigned.schema.parse(event?.data)).toMatchObject({
      nurseId: 'rn-2',
      basis: 'manual',
      assignedBy: 'ic-1',
    });
    const hers = await get<{ items: VisitSummary[] }>(`/v1/visits?date=${date}`, 'rn2');
    expect(hers.body.items.map((item) => item.id)).toEqual([first]);

    const unknown = await post(`/v1/visits/${second}/assign`, { nurseId: 'rn-404' }, 'admin');
    expect(unknown.status).toBe(422);
  });

  it('lets a coordinator reschedule with a reason, announced with the day it had', async () => {
    const visitId = await visitFor(nursing);
    const before = (await summary(visitId)).visitDate;
    const date = daysFromToday(2);
    const moved = await post(
      `/v1/visits/${visitId}/reschedule`,
      { date, reason: 'Patient asked for Thursday.' },
      'coordinator',
    );
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ id: visitId, visitDate: date });
    const events = await nursing.visitEvents(VisitScheduled.type, visitId, 2);
    expect(VisitScheduled.schema.parse(events[1]?.data)).toMatchObject({
      visitDate: date,
      rescheduledFrom: before,
      reason: 'Patient asked for Thursday.',
      scheduledBy: 'ic-1',
    });
    const withoutReason = await post<{ errors: { pointer: string }[] }>(
      `/v1/visits/${visitId}/reschedule`,
      { date },
      'admin',
    );
    expect(withoutReason.status).toBe(400);
    expect(withoutReason.body.errors).toEqual([expect.objectContaining({ pointer: '#/reason' })]);
    const past = await post(
      `/v1/visits/${visitId}/reschedule`,
      { date: daysFromToday(-3), reason: 'Typo.' },
      'admin',
    );
    expect(past.status).toBe(422);
  });

  it('reschedules a missed visit as a new visit for the same day of the dose, once', async () => {
    const visitId = await visitFor(nursing);
    const missed = await post(
      `/v1/visits/${visitId}/updates`,
      {
        updates: [
          asSent(update('m', 0, { type: 'missed', reason: 'Nobody home.' }, Date.now() - 60_000)),
        ],
      },
      'rn1',
    );
    expect(missed.status).toBe(200);
    await nursing.visitEvents(VisitMissed.type, visitId);
    const date = daysFromToday(1);
    const moved = await post<{ id: string; nurseId: string; status: string }>(
      `/v1/visits/${visitId}/reschedule`,
      { date, reason: 'Patient home tomorrow.' },
      'coordinator',
    );
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ visitDate: date, nurseId: 'rn-1', status: 'scheduled' });
    expect(moved.body.id).not.toBe(visitId);
    const [scheduled] = await nursing.visitEvents(VisitScheduled.type, moved.body.id);
    expect(VisitScheduled.schema.parse(scheduled?.data)).toMatchObject({
      infusionDay: 1,
      rescheduledFrom: (await summary(visitId)).visitDate,
      reason: 'Patient home tomorrow.',
    });
    expect((await summary(visitId)).status).toBe('missed');
    const again = await post(
      `/v1/visits/${visitId}/reschedule`,
      { date, reason: 'Twice.' },
      'admin',
    );
    expect(again.status).toBe(409);
  });

  it('shows whether usable drug is at the home, and refuses a lot that arrived unusable', async () => {
    const referral = acceptedReferral();
    const released = releasedDose(referral);
    const visitId = await visitFor(nursing, referral, released);
    const ids = {
      dispenseId: released.dispenseId,
      referralId: referral.referralId,
      patientId: referral.patientId,
      cycle: 1,
    };
    await nursing.publish(DispenseShipped, { ...DispenseShipped.example, ...ids });
    await eventually('shipped', async () =>
      (await summary(visitId)).drugStatus === 'shipped' ? true : undefined,
    );
    await nursing.publish(DispenseDelivered, { ...DispenseDelivered.example, ...ids });
    await nursing.publish(DispenseDelivered, { ...DispenseDelivered.example, ...ids });
    await eventually('delivered', async () =>
      (await summary(visitId)).drugStatus === 'delivered' ? true : undefined,
    );
    // The same facts again, as other events, neither move the drug back nor count twice.
    await nursing.publish(DispenseReleased, released);
    const unusable = released.lots.slice(0, 1);
    await nursing.publish(DispenseReopened, {
      ...DispenseReopened.example,
      ...ids,
      unusableLots: unusable,
    });
    await eventually('unusable', async () =>
      (await summary(visitId)).drugStatus === 'unusable' ? true : undefined,
    );
    // Which lots she may use is the nurse's to see, on her clinical record.
    const reopened = (await view(visitId, 'rn1')).body;
    expect(reopened.drugStatus).toBe('unusable');
    expect(reopened.lots.map((lot) => lot.usable)).toEqual([false, true, true]);
    const kept = await nursing.query<{ action: string }>(
      `SELECT action FROM nursing.audit_log WHERE resource_id = $1 ORDER BY id`,
      [released.dispenseId],
    );
    expect(kept.map((row) => row.action)).toEqual([
      'released-dose.keep',
      'released-dose.track',
      'released-dose.track',
      'released-dose.track',
    ]);
    const start = Date.now() - 5 * 3_600_000;
    const answer = await post<{ results: { reason?: string }[] }>(
      `/v1/visits/${visitId}/updates`,
      { updates: wholeVisit(start).slice(0, 5).map(asSent) },
      'rn1',
    );
    expect(answer.body.results[4]).toMatchObject({ reason: 'LOT_NOT_USABLE' });
  });

  it('keeps judging a started infusion by the plan it started under', async () => {
    const referral = acceptedReferral();
    const released = releasedDose(referral);
    const visitId = await visitFor(nursing, referral, released);
    const start = Date.now() - 5 * 3_600_000;
    const updates = wholeVisit(start).map(asSent);
    await post(`/v1/visits/${visitId}/updates`, { updates: updates.slice(0, 5) }, 'rn1');
    // Under way, the visit stays with its nurse and its day.
    expect((await post(`/v1/visits/${visitId}/assign`, { nurseId: 'rn-2' }, 'admin')).status).toBe(
      409,
    );
    await nursing.publish(DispenseReopened, {
      ...DispenseReopened.example,
      dispenseId: released.dispenseId,
      referralId: referral.referralId,
      patientId: referral.patientId,
      cycle: 1,
      unusableLots: released.lots,
    });
    await eventually('unusable', async () =>
      (await summary(visitId)).drugStatus === 'unusable' ? true : undefined,
    );
    const rest = await post<{ results: { status: string }[] }>(
      `/v1/visits/${visitId}/updates`,
      { updates: updates.slice(5) },
      'rn1',
    );
    expect(rest.body.results.every((result) => result.status === 'applied')).toBe(true);
    expect((await view(visitId, 'rn1')).body.record).toMatchObject({
      progress: 'signed',
      infusion: { lotNumber: released.lots[0]?.lotNumber },
    });
  });

  it('cancels the visits of a dose cancelled before them, and takes no more updates', async () => {
    const referral = acceptedReferral();
    const released = releasedDose(referral);
    const visitId = await visitFor(nursing, referral, released);
    await nursing.publish(DispenseCancelled, {
      ...DispenseCancelled.example,
      dispenseId: released.dispenseId,
      referralId: referral.referralId,
      patientId: referral.patientId,
      cycle: 1,
    });
    const [event] = await nursing.visitEvents(VisitCancelled.type, visitId);
    expect(VisitCancelled.schema.parse(event?.data).reason).toContain('Dispense cancelled');
    expect((await summary(visitId)).status).toBe('cancelled');
    const answer = await post(
      `/v1/visits/${visitId}/updates`,
      { updates: [asSent(update('late', 0, { type: 'en_route' }, Date.now() - 60_000))] },
      'rn1',
    );
    expect(answer.status).toBe(409);
  });

  it('cancels the visits not begun of a withdrawn referral, and schedules none for it later', async () => {
    const referral = acceptedReferral();
    const released = releasedDose(referral, [daysFromToday(5)]);
    const visitId = await visitFor(nursing, referral, released);
    await nursing.publish(ReferralCancelled, {
      referralId: referral.referralId,
      patientId: referral.patientId,
      reason: 'The patient moved to another infusion provider.',
      cancelledAt: new Date().toISOString(),
      cancelledBy: 'ic-1',
    });
    const [event] = await nursing.visitEvents(VisitCancelled.type, visitId);
    expect(VisitCancelled.schema.parse(event?.data).reason).toBe(
      'Referral cancelled: The patient moved to another infusion provider.',
    );
    const later = releasedDose(referral, [daysFromToday(33)], (dose) => {
      dose.cycle = 2;
    });
    await nursing.publish(DispenseReleased, later);
    await eventually('the later dose kept', async () => {
      const rows = await nursing.query(
        `SELECT 1 FROM nursing.released_dose WHERE dispense_id = $1`,
        [later.dispenseId],
      );
      return rows.length === 1 ? true : undefined;
    });
    expect(
      await nursing.query(`SELECT 1 FROM nursing.visit WHERE dispense_id = $1`, [later.dispenseId]),
    ).toEqual([]);
  });

  describe('who sees what', () => {
    let visitId: string;

    beforeAll(async () => {
      visitId = await visitFor(nursing);
    });

    it('answers another nurse 404 for the visit and for its updates, and audits her attempts', async () => {
      expect((await view(visitId, 'rn2')).status).toBe(404);
      const updates = await post(
        `/v1/visits/${visitId}/updates`,
        { updates: [asSent(update('x', 0, { type: 'en_route' }, Date.now() - 60_000))] },
        'rn2',
      );
      expect(updates.status).toBe(404);
      const audit = await nursing.query<{ action: string; outcome: string }>(
        `SELECT action, outcome FROM nursing.audit_log
          WHERE resource_id = $1 AND actor_subject = 'rn-2' ORDER BY id`,
        [visitId],
      );
      expect(audit).toEqual([
        { action: 'visit.read', outcome: 'denied' },
        { action: 'visit.update', outcome: 'denied' },
      ]);
      expect(
        await nursing.query(`SELECT 1 FROM nursing.visit_update WHERE visit_id = $1`, [visitId]),
      ).toEqual([]);
    });

    it('shows the assigned nurse everything she needs at the home, and audits the read', async () => {
      const response = await view(visitId, 'rn1');
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({
        id: visitId,
        nurseId: 'rn-1',
        patient: {
          address: { postalCode: '21230', city: 'Baltimore' },
          phone: '+1-410-555-0142',
          allergies: [],
          conditions: [],
        },
        product: { productId: 'privigen' },
        dose: { gramsPerInfusionDay: 35, dosingWeightKg: 71.2 },
        infusionPlan: { maxMlPerHour: 341.8 },
        observationMinutes: 60,
        premedication: { routine: false },
      });
      expect(response.body.lots).toHaveLength(3);
      const audit = await nursing.query(
        `SELECT 1 FROM nursing.audit_log
          WHERE resource_id = $1 AND actor_subject = 'rn-1' AND action = 'visit.read'
            AND outcome = 'success' AND patient_id IS NOT NULL`,
        [visitId],
      );
      expect(audit).toHaveLength(1);
    });

    it("lists a nurse's own visits only, and every visit with its nurse for an admin", async () => {
      const date = (await summary(visitId)).visitDate;
      const mine = await get<{ items: VisitSummary[] }>(`/v1/visits?date=${date}`, 'rn2');
      expect(mine.body.items.map((item) => item.id)).not.toContain(visitId);
      const all = await get<{ items: VisitSummary[] }>(
        `/v1/visits?date=${date}&limit=100`,
        'admin',
      );
      expect(all.body.items.find((item) => item.id === visitId)).toMatchObject({ nurseId: 'rn-1' });
    });

    it.each(['admin', 'coordinator'])(
      'shows the %s summaries with what visits are managed by, and no clinical content',
      async (who) => {
        const date = (await summary(visitId)).visitDate;
        const list = await get<{ items: Record<string, unknown>[] }>(
          `/v1/visits?date=${date}&limit=100`,
          who,
        );
        expect(list.status).toBe(200);
        const item = list.body.items.find((each) => each.id === visitId);
        expect(item).toMatchObject({
          status: 'scheduled',
          visitDate: date,
          nurseId: 'rn-1',
          drugStatus: 'released',
          cycle: 1,
          infusionDay: 1,
          infusionDays: 1,
          postalCode: '21230',
          city: 'Baltimore',
        });
        // No vitals, reactions, rates, plan, lots or notes: those are the nurse's record.
        expect(Object.keys(item ?? {}).sort()).toEqual([
          'city',
          'cycle',
          'drugStatus',
          'id',
          'infusionDay',
          'infusionDays',
          'nurseId',
          'patientId',
          'patientName',
          'postalCode',
          'product',
          'referralId',
          'status',
          'visitDate',
        ]);
      },
    );

    it.each([
      ['admin', 'ad-1'],
      ['coordinator', 'ic-1'],
    ])(
      'refuses the %s the clinical record and the updates with 403, and audits both',
      async (who, subject) => {
        expect((await view(visitId, who)).status).toBe(403);
        const updates = await post(
          `/v1/visits/${visitId}/updates`,
          { updates: [asSent(update(who, 0, { type: 'en_route' }, Date.now() - 60_000))] },
          who,
        );
        expect(updates.status).toBe(403);
        const audit = await nursing.query<{ action: string; outcome: string }>(
          `SELECT action, outcome FROM nursing.audit_log
            WHERE resource_id = $1 AND actor_subject = $2
              AND action IN ('visit.read', 'visit.update')
            ORDER BY id`,
          [visitId, subject],
        );
        expect(audit).toEqual([
          { action: 'visit.read', outcome: 'denied' },
          { action: 'visit.update', outcome: 'denied' },
        ]);
        expect(
          await nursing.query(`SELECT 1 FROM nursing.visit_update WHERE visit_id = $1`, [visitId]),
        ).toEqual([]);
      },
    );

    it.each(['pharmacist', 'payer'])('refuses a %s with 403', async (who) => {
      expect((await get('/v1/visits', who)).status).toBe(403);
      expect((await view(visitId, who)).status).toBe(403);
    });

    it('lists the active nurses with their territories to admins and coordinators only', async () => {
      for (const who of ['admin', 'coordinator']) {
        const nurses = await get<{ items: { nurseId: string; postalPrefixes: string[] }[] }>(
          '/v1/nurses',
          who,
        );
        expect(nurses.status).toBe(200);
        expect(nurses.body.items).toEqual(
          expect.arrayContaining([
            {
              nurseId: 'rn-1',
              displayName: 'Development nurse, Baltimore',
              postalPrefixes: ['212'],
            },
            expect.objectContaining({ nurseId: 'rn-canton', postalPrefixes: ['21231'] }),
          ]),
        );
      }
      await nursing.query(`UPDATE nursing.nurse SET active = false WHERE nurse_id = 'rn-canton'`);
      try {
        const after = await get<{ items: { nurseId: string }[] }>('/v1/nurses', 'admin');
        expect(after.body.items.map((nurse) => nurse.nurseId)).not.toContain('rn-canton');
      } finally {
        await nursing.query(`UPDATE nursing.nurse SET active = true WHERE nurse_id = 'rn-canton'`);
      }
      for (const who of ['rn1', 'pharmacist', 'payer'])
        expect((await get('/v1/nurses', who)).status).toBe(403);
    });

    it('answers a malformed day with 400 naming the parameter', async () => {
      const response = await get<{ errors: unknown[] }>('/v1/visits?date=2026-02-30', 'admin');
      expect(response.status).toBe(400);
    });
  });
});
