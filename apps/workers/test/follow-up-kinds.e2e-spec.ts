import { randomUUID } from 'node:crypto';
import {
  AuthorizationApproved,
  DispenseNextCycleHeld,
  AuthorizationExpiring,
  AuthorizationPended,
  DispenseReleased,
  ReferralAccepted,
  ReferralCancelled,
  ReferralDocumentsRequested,
  VisitAdverseReactionReported,
  VisitCompleted,
  VisitMissed,
  VisitScheduled,
} from '@infuse/contracts';
import { queryTestDatabase, tokenFor } from '@infuse/testing';
import { FollowUpTestService, minutesFromNow, type TaskRow } from './follow-up-test-service';

// Each kind of follow-up from the event that opens it to the event (or person) that closes it,
// over the real broker, PostgreSQL and Redis. Reminders come every ~2 s here instead of daily.
const REMINDER_INTERVAL_HOURS = 0.0005;
const HOUR_MS = 3_600_000;

describe('follow-up tasks from events (real broker, PostgreSQL and Redis)', () => {
  let workers: FollowUpTestService;

  beforeAll(async () => {
    workers = await FollowUpTestService.start({
      FOLLOW_UPS_REMINDER_INTERVAL_HOURS: String(REMINDER_INTERVAL_HOURS),
      FOLLOW_UPS_TIME_ZONE: 'UTC',
    });
  });

  afterAll(() => workers.close());

  const ids = () => ({ referralId: randomUUID(), patientId: randomUUID() });
  const typesOf = async (referralId: string) =>
    (await workers.eventsOf(referralId)).map((event) => event.type);

  it('chases missing documents every interval, escalates after 3 reminders, and completes on acceptance', async () => {
    const subject = ids();
    const requested = {
      ...ReferralDocumentsRequested.example,
      ...subject,
      requestedAt: new Date(Date.now() - REMINDER_INTERVAL_HOURS * HOUR_MS).toISOString(),
    };
    await workers.publish(ReferralDocumentsRequested, requested);
    // The same request again (a new event) and a second request join the task already open.
    await workers.publish(ReferralDocumentsRequested, requested);
    await workers.publish(ReferralDocumentsRequested, {
      ...requested,
      requestedAt: new Date().toISOString(),
    });
    const [escalated] = await workers.eventuallyTasks(
      subject.referralId,
      (tasks) => tasks[0]?.status === 'escalated',
      'the escalation',
    );
    expect(escalated).toMatchObject({ kind: 'missing_documents', priority: 'high' });
    expect(escalated?.reminders).toBeGreaterThanOrEqual(3);
    await workers.publish(ReferralAccepted, { ...ReferralAccepted.example, ...subject });
    const tasks = await workers.eventuallyTasks(
      subject.referralId,
      (all) => all[0]?.status === 'completed',
    );
    expect(tasks).toHaveLength(1);
    expect(tasks[0]).toMatchObject({
      closed_by: 'system:workers',
      resolved_by: ReferralAccepted.type,
    });
    const types = await typesOf(subject.referralId);
    expect(types[0]).toBe('org.infuse.follow-up.created.v1');
    expect(types.filter((type) => type === 'org.infuse.follow-up.escalated.v1')).toHaveLength(1);
    expect(
      types.filter((type) => type === 'org.infuse.follow-up.due.v1').length,
    ).toBeGreaterThanOrEqual(3);
    expect(types.at(-1)).toBe('org.infuse.follow-up.completed.v1');
  });

  it('cancels the open tasks of a cancelled referral', async () => {
    const subject = ids();
    await workers.publish(ReferralDocumentsRequested, {
      ...ReferralDocumentsRequested.example,
      ...subject,
      requestedAt: new Date().toISOString(),
    });
    await workers.eventuallyTasks(subject.referralId, (tasks) => tasks.length === 1);
    await workers.publish(ReferralCancelled, { ...ReferralCancelled.example, ...subject });
    const [task] = await workers.eventuallyTasks(
      subject.referralId,
      (tasks) => tasks[0]?.status === 'cancelled',
    );
    expect(task).toMatchObject({ resolved_by: ReferralCancelled.type });
    expect((await typesOf(subject.referralId)).at(-1)).toBe('org.infuse.follow-up.cancelled.v1');
  });

  it('follows a pended request up at respondBy (a due event for prior-auth) until the payer decides, once however often it is pended', async () => {
    const subject = ids();
    const authorizationId = randomUUID();
    const pended = {
      ...AuthorizationPended.example,
      ...subject,
      authorizationId,
      respondBy: new Date(Date.now() + 1_000).toISOString(),
    };
    await workers.publish(AuthorizationPended, pended);
    await workers.publish(AuthorizationPended, pended);
    const [due] = await workers.eventuallyTasks(
      subject.referralId,
      (tasks) => tasks[0]?.status === 'due',
    );
    const events = await workers.eventsOf(subject.referralId);
    const dueEvents = events.filter((event) => event.type === 'org.infuse.follow-up.due.v1');
    expect(dueEvents).toEqual([
      {
        type: 'org.infuse.follow-up.due.v1',
        data: expect.objectContaining({
          kind: 'authorization_pended',
          authorizationId,
          taskId: due?.id,
        }),
      },
    ]);
    // The job carried the trace of the event that opened the task: created and due share it.
    const traces = await queryTestDatabase<{ type: string; traceparent: string }>(
      `SELECT type, traceparent FROM "${workers.service.schema}".outbox WHERE correlation_id = $1`,
      [subject.referralId],
    );
    const traceIds = new Set(traces.map((row) => row.traceparent.split('-')[1]));
    expect(traces.map((row) => row.type).sort()).toEqual([
      'org.infuse.follow-up.created.v1',
      'org.infuse.follow-up.due.v1',
    ]);
    expect(traceIds.size).toBe(1);
    await workers.publish(AuthorizationApproved, {
      ...AuthorizationApproved.example,
      ...subject,
      authorizationId,
    });
    const tasks = await workers.eventuallyTasks(
      subject.referralId,
      (all) => all[0]?.status === 'completed',
    );
    expect(tasks).toHaveLength(1);
  });

  it('turns an expiring authorization into a reauthorization task, due at once, done when the renewal is approved', async () => {
    const subject = ids();
    const authorizationId = randomUUID();
    await workers.publish(AuthorizationExpiring, {
      ...AuthorizationExpiring.example,
      ...subject,
      authorizationId,
      noticedAt: new Date().toISOString(),
    });
    await workers.eventuallyTasks(subject.referralId, (tasks) => tasks[0]?.status === 'due');
    const due = (await workers.eventsOf(subject.referralId)).find(
      (event) => event.type === 'org.infuse.follow-up.due.v1',
    );
    expect(due?.data).toMatchObject({ kind: 'authorization_expiring', authorizationId });
    await workers.publish(AuthorizationApproved, {
      ...AuthorizationApproved.example,
      ...subject,
      authorizationId: randomUUID(),
      reauthorization: true,
    });
    await workers.eventuallyTasks(subject.referralId, (tasks) => tasks[0]?.status === 'completed');
  });

  it('turns a next dose held for want of an authorization into the reauthorization task, and one held at the end of the prescription into a renewal task', async () => {
    const subject = ids();
    const authorizationId = randomUUID();
    const held = {
      ...DispenseNextCycleHeld.example,
      ...subject,
      authorizationId,
      heldAt: new Date().toISOString(),
    };
    await workers.publish(DispenseNextCycleHeld, held);
    await workers.eventuallyTasks(subject.referralId, (tasks) => tasks[0]?.status === 'due');
    const due = (await workers.eventsOf(subject.referralId)).find(
      (event) => event.type === 'org.infuse.follow-up.due.v1',
    );
    // The task an expiring authorization opens: prior-auth acts on its due event too.
    expect(due?.data).toMatchObject({ kind: 'authorization_expiring', authorizationId });

    const ended = ids();
    await workers.publish(DispenseNextCycleHeld, {
      ...held,
      ...ended,
      reason: 'order-ended',
      orderEndsOn: '2027-06-06',
    });
    const [renewal] = await workers.eventuallyTasks(ended.referralId, (tasks) =>
      tasks.some((task) => task.kind === 'prescription_renewal'),
    );
    expect(renewal).toMatchObject({ kind: 'prescription_renewal', priority: 'normal' });
  });

  it('opens the next cycle 7 days before the next dose date and Hgb/Hct 36-96 h after the last infusion when rule 17 asked', async () => {
    const subject = ids();
    const dispenseId = randomUUID();
    const monitoring = [
      {
        code: 'HEMOLYSIS_HGB_HCT_BEFORE',
        description: 'Hgb/Hct before',
        timing: 'before-infusion' as const,
        sources: ['PRV4'],
      },
      {
        code: 'HEMOLYSIS_HGB_HCT_AFTER',
        description: 'Hgb/Hct 36-96 h after',
        timing: 'after-infusion' as const,
        windowHoursAfterEnd: { min: 36, max: 96 },
        sources: ['PRV4'],
      },
    ];
    await workers.publish(DispenseReleased, {
      ...DispenseReleased.example,
      ...subject,
      dispenseId,
      indication: 'immune-thrombocytopenia',
      administrationDates: ['2030-01-10', '2030-01-11'],
      monitoring,
      releasedAt: new Date().toISOString(),
    });
    const [before] = await workers.eventuallyTasks(
      subject.referralId,
      (tasks) => tasks.length === 1,
    );
    expect(before).toMatchObject({ kind: 'hemolysis_labs', status: 'scheduled' });
    // Due 48 h (the lab lead) before the first day starts.
    expect(before?.due_at.toISOString()).toBe('2030-01-08T00:00:00.000Z');
    const endedAt = '2030-01-11T15:00:00.000Z';
    const completed = {
      ...VisitCompleted.example,
      ...subject,
      dispenseId,
      lastDayOfCycle: true,
      nextDoseDate: '2030-02-08',
      infusion: { ...VisitCompleted.example.infusion, endedAt },
    };
    await workers.publish(VisitCompleted, completed);
    await workers.publish(VisitCompleted, completed);
    const tasks = await workers.eventuallyTasks(subject.referralId, (all) => all.length === 3);
    const next = tasks.find((task) => task.kind === 'next_cycle');
    expect(next?.due_at.toISOString()).toBe('2030-02-01T00:00:00.000Z');
    const after = tasks.find(
      (task) =>
        task.kind === 'hemolysis_labs' && task.details['code'] === 'HEMOLYSIS_HGB_HCT_AFTER',
    );
    expect(after?.due_at.toISOString()).toBe('2030-01-13T03:00:00.000Z');
    expect(after?.window_ends_at?.toISOString()).toBe('2030-01-15T15:00:00.000Z');
  });

  it('asks for a trough IgG before every 4th dose and 2-3 months after a product switch, for primary immunodeficiency only', async () => {
    const subject = ids();
    const release = (cycle: number, productId: string, indication = 'primary-immunodeficiency') =>
      workers.publish(DispenseReleased, {
        ...DispenseReleased.example,
        ...subject,
        dispenseId: randomUUID(),
        cycle,
        indication,
        product: { ...DispenseReleased.example.product, productId },
        administrationDates: ['2030-03-01'],
        releasedAt: new Date().toISOString(),
      });
    await release(3, 'privigen');
    await release(4, 'privigen');
    await release(5, 'gammagard-liquid');
    const tasks = await workers.eventuallyTasks(subject.referralId, (all) => all.length === 2);
    expect(tasks.map((task) => [task.kind, task.details['reason']])).toEqual([
      ['trough_igg', 'every-nth-dose'],
      ['trough_igg', 'product-switch'],
    ]);
    const switched = tasks[1] as TaskRow;
    expect(switched.due_at.toISOString()).toBe('2030-04-30T00:00:00.000Z');
    expect(switched.window_ends_at?.toISOString()).toBe('2030-05-30T00:00:00.000Z');
    const other = ids();
    await workers.publish(DispenseReleased, {
      ...DispenseReleased.example,
      ...other,
      dispenseId: randomUUID(),
      cycle: 4,
      indication: 'chronic-inflammatory-demyelinating-polyneuropathy',
      releasedAt: new Date().toISOString(),
    });
    await workers.publish(ReferralDocumentsRequested, {
      ...ReferralDocumentsRequested.example,
      ...other,
      requestedAt: minutesFromNow(0),
    });
    // Events of one patient keep their order: once the later task exists, the release was handled.
    expect(
      (await workers.eventuallyTasks(other.referralId, (all) => all.length > 0)).map(
        (task) => task.kind,
      ),
    ).toEqual(['missing_documents']);
  });

  it('gives the pharmacist an adverse reaction at once and at high priority; completed by the pharmacist with a note', async () => {
    const subject = ids();
    await workers.publish(VisitAdverseReactionReported, {
      ...VisitAdverseReactionReported.example,
      ...subject,
      reportedAt: new Date().toISOString(),
    });
    const [task] = await workers.eventuallyTasks(
      subject.referralId,
      (tasks) => tasks[0]?.status === 'due',
    );
    expect(task).toMatchObject({ kind: 'adverse_reaction', priority: 'high' });
    const pharmacist = await tokenFor('pharmacist', 'rph-4');
    const response = await workers.service.http.post(
      `/v1/follow-ups/${task?.id}/complete`,
      { note: 'Called the patient; resolved.' },
      pharmacist,
    );
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      status: 'completed',
      closedBy: 'rph-4',
      note: 'Called the patient; resolved.',
    });
  });

  it('asks to reschedule a missed visit, done when the visit is put back on the calendar', async () => {
    const subject = ids();
    const visitId = randomUUID();
    await workers.publish(VisitMissed, {
      ...VisitMissed.example,
      ...subject,
      visitId,
      missedAt: new Date().toISOString(),
    });
    await workers.eventuallyTasks(subject.referralId, (tasks) => tasks[0]?.status === 'due');
    await workers.publish(VisitScheduled, {
      ...VisitScheduled.example,
      ...subject,
      visitId,
      visitDate: '2030-01-20',
      rescheduledFrom: '2030-01-13',
      reason: 'Patient back home',
    });
    const [task] = await workers.eventuallyTasks(
      subject.referralId,
      (tasks) => tasks[0]?.status === 'completed',
    );
    expect(task?.resolved_by).toBe(VisitScheduled.type);
  });
});
