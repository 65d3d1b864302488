import { startEventFeed, type EventFeed } from '@infuse/app-testing';
import {
  type Actor,
  AuthorizationApproved,
  AuthorizationRequested,
  AuthorizationSubmitted,
  DispenseCreated,
  DispenseDelivered,
  DispenseReleased,
  DispenseShipped,
  DispenseVerified,
  type EventContract,
  VisitCompleted,
  VisitScheduled,
} from '@infuse/contracts';
import { eventually, queryTestDatabase, testKafka, tokenFor } from '@infuse/testing';
import { DataSource } from 'typeorm';
import { type ReferralSummary } from '../src/referral-summary';
import { type JourneyView } from '../src/journey/view-journey/view-journey.query';
import { type Kpis } from '../src/journey/kpis/kpis.query';
import { rebuildJourneys } from '../src/journey/rebuild/rebuild-journeys';
import { daysAgo, referralForNewPatient } from './referral-fixture';
import { type ReferralsTestService, startReferralsService } from './referrals-test-service';

const PRIOR_AUTH: Actor = { subject: 'system:prior-auth', role: 'system' };
const PHARMACIST: Actor = { subject: 'ph-1', role: 'pharmacist' };
const SECOND_PHARMACIST: Actor = { subject: 'ph-2', role: 'pharmacist' };
const NURSE: Actor = { subject: 'rn-1', role: 'nurse' };

interface Step {
  contract: EventContract;
  data: Record<string, unknown>;
  actor: Actor;
}

describe('the journey of a referral, across every service', () => {
  let running: ReferralsTestService;
  let feed: EventFeed;

  beforeAll(async () => {
    running = await startReferralsService('ic-1');
    feed = await startEventFeed(running.service.topicPrefix);
  });

  afterAll(async () => {
    await feed.stop();
    await running.stop();
  });

  const journeyOf = (referralId: string, token = running.coordinator) =>
    running.service.http.get<JourneyView>(`/v1/referrals/${referralId}/journey`, token);

  async function submitted(): Promise<ReferralSummary> {
    const response = await running.service.http.post<ReferralSummary>(
      '/v1/referrals',
      referralForNewPatient(),
      running.coordinator,
    );
    expect(response.status).toBe(201);
    return response.body;
  }

  /** What every other service announces for a first dose, from request to the nurse's visit. */
  function firstDose(referral: ReferralSummary): Step[] {
    const ids = { referralId: referral.id, patientId: referral.patientId };
    const authorization = { ...ids, authorizationId: crypto.randomUUID(), payerId: 'acme-health' };
    const dose = { ...ids, dispenseId: crypto.randomUUID(), cycle: 1 };
    const visit = { ...dose, visitId: crypto.randomUUID(), visitDate: daysAgo(0) };
    const step = (contract: EventContract, data: object, actor: Actor): Step => ({
      contract,
      data: { ...(contract.example as object), ...data },
      actor,
    });
    return [
      step(AuthorizationRequested, authorization, PRIOR_AUTH),
      step(AuthorizationSubmitted, authorization, PRIOR_AUTH),
      step(AuthorizationApproved, authorization, PRIOR_AUTH),
      step(DispenseCreated, { ...dose, administrationDates: [daysAgo(0)] }, PRIOR_AUTH),
      step(DispenseVerified, dose, PHARMACIST),
      step(DispenseReleased, { ...dose, administrationDates: [daysAgo(0)] }, SECOND_PHARMACIST),
      step(
        VisitScheduled,
        { ...visit, nurseId: 'rn-1' },
        { subject: 'system:nursing', role: 'system' },
      ),
      step(DispenseShipped, dose, SECOND_PHARMACIST),
      step(DispenseDelivered, dose, SECOND_PHARMACIST),
      step(
        VisitCompleted,
        {
          ...visit,
          lastDayOfCycle: true,
          nextDoseDate: daysAgo(-28),
          evv: { ...VisitCompleted.example.evv, patientId: referral.patientId, date: daysAgo(0) },
        },
        NURSE,
      ),
    ];
  }

  /** Publishes the steps a second apart from `start`, in the order given by `order`. */
  async function publish(steps: Step[], start: number, order: number[] = steps.map((_, i) => i)) {
    for (const index of order) {
      const { contract, data, actor } = steps[index]!;
      await feed.publish(contract, data, {
        actor,
        time: new Date(start + (index + 1) * 1000).toISOString(),
      });
    }
  }

  const settled = (referralId: string, entries: number) =>
    eventually(`${entries} journey entries of ${referralId}`, async () => {
      const { status, body } = await journeyOf(referralId);
      return status === 200 && body.timeline.length >= entries ? body : undefined;
    });

  it('follows a referral from intake to its first dose, saying who did what in which service', async () => {
    const referral = await submitted();
    const accepted = await settled(referral.id, 2);
    expect(accepted).toMatchObject({
      stage: 'authorization',
      cycle: 1,
      waiting: { on: 'prior-auth', for: 'the request to the payer' },
      daysInStage: 0,
    });
    expect(accepted.timeline.map((item) => [item.event, item.service, item.actor])).toEqual([
      ['referral.received', 'referrals', { subject: 'ic-1', role: 'intake_coordinator' }],
      ['referral.accepted', 'referrals', { subject: 'ic-1', role: 'intake_coordinator' }],
    ]);

    await publish(firstDose(referral), Date.now());
    const given = await settled(referral.id, 12);
    expect(given).toMatchObject({
      stage: 'cycle',
      cycle: 2,
      step: 'next-order',
      waiting: { on: 'pharmacy', for: `the order of the dose due ${daysAgo(-28)}` },
      dosesGiven: 1,
      timeToTherapyDays: 0,
    });
    const released = given.timeline.find((item) => item.event === 'dispense.released');
    expect(released).toMatchObject({
      service: 'pharmacy',
      actor: { subject: 'ph-2', role: 'pharmacist' },
      what: DispenseReleased.summary,
      details: { cycle: 1 },
    });
    // The timeline keeps the facts it is judged by, not the patient's data.
    expect(JSON.stringify(given.timeline)).not.toContain('Okafor');
  });

  it('gives the same stage when the events arrive in reverse order, and keeps a redelivered one once', async () => {
    const inOrder = await submitted();
    const reversed = await submitted();
    const start = Date.now();
    await publish(firstDose(inOrder), start);
    const steps = firstDose(reversed);
    await publish(
      steps,
      start,
      steps.map((_, i) => steps.length - 1 - i),
    );
    const [a, b] = await Promise.all([settled(inOrder.id, 12), settled(reversed.id, 12)]);
    const shape = (view: JourneyView) => ({
      stage: view.stage,
      cycle: view.cycle,
      step: view.step,
      waiting: view.waiting,
      events: view.timeline.map((item) => item.event),
    });
    expect(shape(b)).toEqual(shape(a));
    // The approval again, as a redelivery: the same event under the same id.
    const [row] = await queryTestDatabase<{ event_id: string }>(
      `SELECT event_id FROM "${running.service.schema}".journey_entry
        WHERE referral_id = $1 AND type = $2`,
      [reversed.id, AuthorizationApproved.type],
    );
    const approval = steps[2]!;
    await feed.publish(approval.contract, approval.data, {
      eventId: row!.event_id,
      actor: approval.actor,
    });
    // A new event behind it on the same partition: once it is in, the redelivery was handled.
    await publish([firstDose(reversed)[0]!], start + 60_000);
    await settled(reversed.id, 13);
    const [{ count }] = (await queryTestDatabase<{ count: string }>(
      `SELECT count(*) FROM "${running.service.schema}".journey_entry WHERE event_id = $1`,
      [row!.event_id],
    )) as [{ count: string }];
    expect(Number(count)).toBe(1);
  });

  it('answers 404 for a referral it has no journey of, 403 to a nurse, and audits each read', async () => {
    const referral = await submitted();
    await settled(referral.id, 2);
    const nurse = await tokenFor('nurse', 'rn-1');
    expect((await journeyOf(referral.id, nurse)).status).toBe(403);
    expect((await journeyOf(crypto.randomUUID())).status).toBe(404);
    const audit = await queryTestDatabase<{ actor_role: string; outcome: string }>(
      `SELECT actor_role, outcome FROM "${running.service.schema}".audit_log
        WHERE action = 'referral.journey.read' AND resource_id = $1`,
      [referral.id],
    );
    expect(audit).toEqual(
      expect.arrayContaining([expect.objectContaining({ outcome: 'success' })]),
    );
  });

  it('reports time to therapy, payer turnaround and doses on time for a window of days', async () => {
    const referral = await submitted();
    await publish(firstDose(referral), Date.now());
    await settled(referral.id, 12);
    const kpis = await running.service.http.get<Kpis>(
      `/v1/kpis?from=${daysAgo(1)}&to=${daysAgo(-1)}`,
      running.coordinator,
    );
    expect(kpis.status).toBe(200);
    expect(kpis.body.timeToTherapyDays.count).toBeGreaterThanOrEqual(1);
    expect(kpis.body.timeToTherapyDays.median).toBe(0);
    expect(kpis.body.authorizationTurnaroundHours).toEqual(
      expect.arrayContaining([expect.objectContaining({ payerId: 'acme-health' })]),
    );
    expect(kpis.body.doses.given).toBeGreaterThanOrEqual(1);
    expect(kpis.body.doses.onTime).toBe(kpis.body.doses.given);

    const bad = await running.service.http.get<{ errors: { parameter: string }[] }>(
      `/v1/kpis?from=${daysAgo(-1)}&to=${daysAgo(1)}`,
      running.coordinator,
    );
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((error) => error.parameter)).toEqual(['to']);
    const notADate = await running.service.http.get<{ errors: { parameter: string }[] }>(
      `/v1/kpis?from=2026-13-01&to=${daysAgo(1)}`,
      running.coordinator,
    );
    expect(notADate.body.errors.map((error) => error.parameter)).toEqual(['from']);
  });

  it('rebuilds from the topics to the same journeys, and restores what the read model lost', async () => {
    const referral = await submitted();
    await publish(firstDose(referral), Date.now());
    const before = await settled(referral.id, 12);
    const dataSource = running.service.app.get(DataSource);
    const kafka = testKafka('journey-rebuild-test');
    const rebuild = () => rebuildJourneys(dataSource, kafka, running.service.topicPrefix);

    const healthy = await rebuild();
    expect(healthy).toMatchObject({ differing: [], entriesAdded: 0 });
    expect(healthy.referrals).toBeGreaterThanOrEqual(5);

    // Lose the visit's entries and spoil the stored stage.
    const schema = running.service.schema;
    await queryTestDatabase(
      `DELETE FROM "${schema}".journey_entry WHERE referral_id = $1 AND type LIKE 'org.infuse.visit.%'`,
      [referral.id],
    );
    await queryTestDatabase(
      `UPDATE "${schema}".journey SET stage = 'intake' WHERE referral_id = $1`,
      [referral.id],
    );
    const repaired = await rebuild();
    expect(repaired).toMatchObject({ differing: [referral.id], entriesAdded: 2 });
    const after = (await journeyOf(referral.id)).body;
    expect({ ...after, daysInStage: 0 }).toEqual({ ...before, daysInStage: 0 });
  });
});
