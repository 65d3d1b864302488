import { randomUUID } from 'node:crypto';
import { systemActor } from '@infuse/contracts';
import { eventually, queryTestDatabase } from '@infuse/testing';
import { FireFollowUpUseCase } from '../src/follow-ups/fire-follow-up/fire-follow-up.use-case';
import { type FollowUpPlan } from '../src/follow-ups/domain/follow-up-task';
import { OpenFollowUpsUseCase } from '../src/follow-ups/open-follow-up/open-follow-ups.use-case';
import { JobReconciler } from '../src/scheduling/job-reconciler';
import { FollowUpTestService } from './follow-up-test-service';
import { OwnRedisServer } from './own-redis-server';

// Redis only schedules: a FLUSHALL or a restart of Redis loses no task and fires none twice.
// The app runs against a Redis server of this test's own.
const RECONCILE_INTERVAL_MS = 3_000;

describe('follow-ups when Redis loses its jobs (a Redis server of its own)', () => {
  let redis: OwnRedisServer;
  let workers: FollowUpTestService;

  beforeAll(async () => {
    redis = await OwnRedisServer.start();
    workers = await FollowUpTestService.start({
      REDIS_URL: redis.url,
      WORKERS_RECONCILE_INTERVAL_MS: String(RECONCILE_INTERVAL_MS),
    });
  });

  afterAll(async () => {
    await workers.close();
    await redis.stop();
  });

  /** Opens `count` pended-authorization tasks of one referral, due `inMs` from now. */
  async function openTasks(count: number, inMs: number): Promise<string> {
    const referralId = randomUUID();
    const patientId = randomUUID();
    const plans: FollowUpPlan[] = Array.from({ length: count }, () => {
      const authorizationId = randomUUID();
      return {
        kind: 'authorization_pended',
        subjectKey: authorizationId,
        patientId,
        referralId,
        authorizationId,
        priority: 'normal',
        dueAt: new Date(Date.now() + inMs),
        details: {},
      };
    });
    await workers.service.app
      .get(OpenFollowUpsUseCase)
      .execute(plans, { actor: systemActor('workers') });
    return referralId;
  }

  async function delayedJobs(): Promise<number> {
    return workers.followups.getDelayedCount();
  }

  /** How many due events each task of the referral published, once all have fired. */
  async function dueEventsPerTask(referralId: string, count: number): Promise<number[]> {
    return eventually(
      'every task to fire',
      async () => {
        const rows = await queryTestDatabase<{ task_id: string; due: string }>(
          `SELECT t.id AS task_id, count(o.event_id)::text AS due
           FROM "${workers.service.schema}".follow_up_task t
           LEFT JOIN "${workers.service.schema}".outbox o
             ON o.type = 'org.infuse.follow-up.due.v1' AND o.data->>'taskId' = t.id::text
          WHERE t.referral_id = $1 AND t.status = 'due'
          GROUP BY t.id`,
          [referralId],
        );
        return rows.length === count ? rows.map((row) => Number(row.due)) : undefined;
      },
      60_000,
    );
  }

  it('fires all 100 tasks scheduled before a FLUSHALL exactly once, after the reconciler runs', async () => {
    const referralId = await openTasks(100, 8_000);
    await eventually('the 100 jobs in Redis', async () =>
      (await delayedJobs()) >= 100 ? true : undefined,
    );
    await redis.client.flushall();
    expect(await delayedJobs()).toBe(0);
    const flushedAt = performance.now();
    const reconciliation = await workers.service.app.get(JobReconciler).reconcile();
    const recoveredMs = performance.now() - flushedAt;
    // The time to recover: from the flush to every job back in Redis.
    console.log(
      `FLUSHALL with 100 tasks scheduled: ${reconciliation.recreated} of ${reconciliation.checked} jobs re-created in ${recoveredMs.toFixed(1)} ms`,
    );
    expect(reconciliation.recreated).toBeGreaterThanOrEqual(100);
    expect(await delayedJobs()).toBeGreaterThanOrEqual(100);
    const counts = await dueEventsPerTask(referralId, 100);
    expect(counts).toEqual(Array.from({ length: 100 }, () => 1));
    // Fired tasks call for no job: the next reconciliation re-creates nothing of them.
    const again = await workers.service.app.get(JobReconciler).reconcile();
    expect(again.recreated).toBe(0);
    // A stale copy of a fired job (its step already fired) finds its task moved on: nothing to do.
    const [task] = await workers.tasksOf(referralId);
    const fire = workers.service.app.get(FireFollowUpUseCase);
    expect(
      await fire.execute({ taskId: task?.id ?? '', step: 1 }, { actor: systemActor('workers') }),
    ).toBe('nothing-to-do');
    expect(await dueEventsPerTask(referralId, 100)).toEqual(Array.from({ length: 100 }, () => 1));
  }, 120_000);

  it('fires every task once when Redis restarts empty mid-run', async () => {
    const referralId = await openTasks(50, 6_000);
    await eventually('the 50 jobs in Redis', async () =>
      (await delayedJobs()) >= 50 ? true : undefined,
    );
    const restartedAt = performance.now();
    await redis.restart();
    // The app reconnects on its own; the reconciler's next round re-creates what the restart lost.
    const counts = await dueEventsPerTask(referralId, 50);
    console.log(
      `Redis restarted with 50 tasks scheduled: all fired once ${(performance.now() - restartedAt).toFixed(0)} ms after the restart`,
    );
    expect(counts).toEqual(Array.from({ length: 50 }, () => 1));
  }, 120_000);
});
