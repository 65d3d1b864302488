import { randomUUID } from 'node:crypto';
import { type FollowUpKind, systemActor } from '@infuse/contracts';
import { eventually, queryTestDatabase, tokenFor } from '@infuse/testing';
import { FireFollowUpUseCase } from '../src/follow-ups/fire-follow-up/fire-follow-up.use-case';
import { type FollowUpPlan } from '../src/follow-ups/domain/follow-up-task';
import { type FollowUpView } from '../src/follow-ups/http/follow-up-view';
import { OpenFollowUpsUseCase } from '../src/follow-ups/open-follow-up/open-follow-ups.use-case';
import { FollowUpTestService } from './follow-up-test-service';

interface Page {
  items: FollowUpView[];
  nextCursor: string | null;
}

const DAY_MS = 86_400_000;

// The task API as coordinators and pharmacists use it, on the real PostgreSQL and Redis.
describe('the follow-up task API', () => {
  let workers: FollowUpTestService;
  let coordinator: string;
  let pharmacist: string;

  beforeAll(async () => {
    workers = await FollowUpTestService.start();
    coordinator = await tokenFor('intake_coordinator', 'ic-17');
    pharmacist = await tokenFor('pharmacist', 'rph-4');
  });

  afterAll(() => workers.close());

  /** Opens one task of each kind given for a new patient, due 1, 2, 3... days from now. */
  async function patientWith(
    kinds: readonly FollowUpKind[],
  ): Promise<{ patientId: string; referralId: string }> {
    const patientId = randomUUID();
    const referralId = randomUUID();
    const plans: FollowUpPlan[] = kinds.map((kind, index) => ({
      kind,
      subjectKey: randomUUID(),
      patientId,
      referralId,
      priority: 'normal',
      dueAt: new Date(Date.now() + (index + 1) * DAY_MS),
      details: {},
    }));
    await workers.service.app
      .get(OpenFollowUpsUseCase)
      .execute(plans, { actor: systemActor('workers') });
    return { patientId, referralId };
  }

  const list = (query: string, token: string) =>
    workers.service.http.get<Page>(`/v1/follow-ups?${query}`, token);

  it("lists a patient's tasks soonest due first, a page at a time with the cursor", async () => {
    const kinds: FollowUpKind[] = [
      'missing_documents',
      'next_cycle',
      'missed_visit',
      'trough_igg',
      'hemolysis_labs',
    ];
    const { patientId } = await patientWith(kinds);
    const seen: FollowUpView[] = [];
    let cursor: string | null = '';
    while (cursor !== null) {
      const response = await list(
        `patientId=${patientId}&limit=2${cursor ? `&cursor=${cursor}` : ''}`,
        coordinator,
      );
      expect(response.status).toBe(200);
      expect(response.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...response.body.items);
      cursor = response.body.nextCursor;
    }
    expect(seen.map((task) => task.kind)).toEqual(kinds);
    expect(seen.every((task) => task.status === 'scheduled' && task.patientId === patientId)).toBe(
      true,
    );
  });

  it('filters by kind and status', async () => {
    const { patientId } = await patientWith(['missing_documents', 'next_cycle']);
    const byKind = await list(`patientId=${patientId}&kind=next_cycle`, coordinator);
    expect(byKind.body.items.map((task) => task.kind)).toEqual(['next_cycle']);
    const completed = await list(`patientId=${patientId}&status=completed`, coordinator);
    expect(completed.body.items).toEqual([]);
  });

  it('shows a pharmacist the clinical kinds only, and lets them work those alone', async () => {
    const { patientId } = await patientWith([
      'missing_documents',
      'adverse_reaction',
      'hemolysis_labs',
      'trough_igg',
    ]);
    const listed = await list(`patientId=${patientId}`, pharmacist);
    expect(listed.body.items.map((task) => task.kind)).toEqual([
      'adverse_reaction',
      'hemolysis_labs',
      'trough_igg',
    ]);
    const all = await list(`patientId=${patientId}`, coordinator);
    const documents = all.body.items.find((task) => task.kind === 'missing_documents');
    const refused = await workers.service.http.post(
      `/v1/follow-ups/${documents?.id}/complete`,
      { note: 'done' },
      pharmacist,
    );
    expect(refused.status).toBe(403);
    const reaction = listed.body.items[0];
    const done = await workers.service.http.post<FollowUpView>(
      `/v1/follow-ups/${reaction?.id}/complete`,
      { note: 'Reviewed with the nurse.' },
      pharmacist,
    );
    expect(done.status).toBe(200);
  });

  it('completes a task with a note, once, announced and audited', async () => {
    const { patientId, referralId } = await patientWith(['next_cycle']);
    const [task] = (await list(`patientId=${patientId}`, coordinator)).body.items;
    const id = task?.id ?? '';
    const response = await workers.service.http.post<FollowUpView>(
      `/v1/follow-ups/${id}/complete`,
      { note: 'Patient confirmed the date.' },
      coordinator,
    );
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      status: 'completed',
      note: 'Patient confirmed the date.',
      closedBy: 'ic-17',
    });
    const again = await workers.service.http.post(
      `/v1/follow-ups/${id}/complete`,
      { note: 'again' },
      coordinator,
    );
    expect(again.status).toBe(409);
    const completed = (await workers.eventsOf(referralId)).filter(
      (event) => event.type === 'org.infuse.follow-up.completed.v1',
    );
    expect(completed).toEqual([
      {
        type: 'org.infuse.follow-up.completed.v1',
        data: expect.objectContaining({ taskId: id, completedBy: 'ic-17' }),
      },
    ]);
    expect(await workers.auditOf(id)).toEqual(
      expect.arrayContaining([
        { action: 'follow-up.open', actor_subject: 'system:workers' },
        { action: 'follow-up.complete', actor_subject: 'ic-17' },
      ]),
    );
  });

  it('snoozes a task to a later time with a new job for that time; the old one then has nothing to do', async () => {
    const { patientId } = await patientWith(['missed_visit']);
    const [task] = (await list(`patientId=${patientId}`, coordinator)).body.items;
    const until = new Date(Date.now() + 5 * DAY_MS).toISOString();
    const response = await workers.service.http.post<FollowUpView>(
      `/v1/follow-ups/${task?.id}/snooze`,
      { until },
      coordinator,
    );
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ status: 'scheduled', dueAt: until });
    // The job is added once the change commits (its NOTIFY), a moment after the answer.
    const state = await eventually('the snoozed job', async () => {
      const current = await workers.followups.getJobState(`follow-up-${task?.id}-2`);
      return current === 'unknown' ? undefined : current;
    });
    expect(state).toBe('delayed');
    const [row] = await workers.tasksOf(task?.referralId ?? '');
    expect(row?.job_step).toBe(2);
    const fire = workers.service.app.get(FireFollowUpUseCase);
    const stale = await fire.execute(
      { taskId: task?.id ?? '', step: 1 },
      { actor: systemActor('workers') },
    );
    expect(stale).toBe('nothing-to-do');
    expect(await workers.auditOf(task?.id ?? '')).toEqual(
      expect.arrayContaining([{ action: 'follow-up.snooze', actor_subject: 'ic-17' }]),
    );
  });

  it.each([
    ['an unknown status', 'status=open'],
    ['an unknown kind', 'kind=lunch'],
    ['a patient id that is not a UUID', 'patientId=42'],
    ['a cursor from nowhere', 'cursor=bm9wZQ'],
    ['a limit over 100', 'limit=101'],
    ['an unknown parameter', 'sort=desc'],
  ])('answers 400 naming the field for %s', async (_case, query) => {
    const response = await list(query, coordinator);
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.body)).toContain(query.split('=')[0]);
  });

  it('refuses bad bodies with 400 or 422 naming the field, and changes nothing', async () => {
    const { patientId, referralId } = await patientWith(['missed_visit']);
    const [task] = (await list(`patientId=${patientId}`, coordinator)).body.items;
    const id = task?.id ?? '';
    const cases: [string, string, unknown, number, string][] = [
      ['complete', 'without a note', {}, 400, '/note'],
      ['complete', 'with a blank note', { note: '   ' }, 400, '/note'],
      ['snooze', 'without a time', {}, 400, '/until'],
      ['snooze', 'with a time that is not one', { until: 'tomorrow' }, 400, '/until'],
      ['snooze', 'to a time already past', { until: '2020-01-01T00:00:00Z' }, 422, '/until'],
    ];
    for (const [action, what, body, status, pointer] of cases) {
      const response = await workers.service.http.post(
        `/v1/follow-ups/${id}/${action}`,
        body,
        coordinator,
      );
      expect({ action, what, status: response.status }).toEqual({ action, what, status });
      expect(JSON.stringify(response.body)).toContain(pointer);
    }
    const [row] = await workers.tasksOf(referralId);
    expect(row).toMatchObject({ status: 'scheduled', job_step: 1, note: null });
  });

  it.each([
    ['an unknown id', randomUUID()],
    ['a malformed id', 'not-a-task'],
  ])('answers 404 for %s', async (_case, id) => {
    const response = await workers.service.http.post(
      `/v1/follow-ups/${id}/complete`,
      { note: 'x' },
      coordinator,
    );
    expect(response.status).toBe(404);
  });

  it.each(['nurse', 'payer'] as const)(
    'refuses a %s with 403 on every route, audited',
    async (role) => {
      const token = await tokenFor(role, `${role}-9`, role === 'payer' ? 'acme-health' : undefined);
      const id = randomUUID();
      expect((await list('', token)).status).toBe(403);
      expect(
        (await workers.service.http.post(`/v1/follow-ups/${id}/complete`, { note: 'x' }, token))
          .status,
      ).toBe(403);
      expect(
        (
          await workers.service.http.post(
            `/v1/follow-ups/${id}/snooze`,
            { until: new Date(Date.now() + DAY_MS).toISOString() },
            token,
          )
        ).status,
      ).toBe(403);
      const refusals = await queryTestDatabase<{ action: string }>(
        `SELECT action FROM "${workers.service.schema}".audit_log WHERE actor_subject = $1 AND outcome = 'denied' ORDER BY action`,
        [`${role}-9`],
      );
      expect(refusals.map((row) => row.action)).toEqual([
        'follow-up.complete',
        'follow-up.list',
        'follow-up.snooze',
      ]);
    },
  );

  it('audits each list read by who read it', async () => {
    await list(`patientId=${randomUUID()}`, coordinator);
    const reads = await queryTestDatabase<{ actor_subject: string }>(
      `SELECT actor_subject FROM "${workers.service.schema}".audit_log WHERE action = 'follow-up.list' AND outcome = 'success'`,
    );
    expect(reads.map((row) => row.actor_subject)).toContain('ic-17');
  });
});
