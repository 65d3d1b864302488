import { TEST_DATABASE_URL } from '@infuse/testing';
import {
  callState,
  committedClaimSubmission,
  outcomesOf,
  untilSucceeded,
} from './harness/claim-submission';
import { callsScene } from './harness/calls-scene';
import { startDispatcherChild } from './harness/dispatcher-child';
import { figures } from './harness/eventually';

// Short, so the restarted dispatcher takes over the dead one's claim within the test.
const LEASE_MS = 2000;

describe('outbound calls across a dispatcher killed with SIGKILL (real PostgreSQL and HTTP)', () => {
  const scene = callsScene('outbound_crash');

  const dispatcherProcess = (killAt?: 'before-send' | 'after-answer') =>
    startDispatcherChild({
      DATABASE_URL: TEST_DATABASE_URL,
      HARNESS_SCHEMA: scene.schema,
      RECEIVER_URL: scene.receiver.url,
      LEASE_MS: String(LEASE_MS),
      ...(killAt ? { KILL_AT: killAt } : {}),
    });

  /** Commits a call, lets a dispatcher die at `killAt`, and reports what it left behind. */
  async function callLeftByKilledDispatcher(killAt: 'before-send' | 'after-answer') {
    const id = await committedClaimSubmission(scene.dataSource);
    const doomed = await dispatcherProcess(killAt);
    await doomed.exited;
    return { id, reports: doomed.reports, left: await callState(scene.dataSource, id) };
  }

  async function restartUntilSucceeded(id: string): Promise<void> {
    const restarted = await dispatcherProcess();
    try {
      await untilSucceeded(scene.dataSource, id);
    } finally {
      await restarted.stop();
    }
  }

  it('loses nothing when the dispatcher dies after the commit and its claim, before the call: a restarted one calls once', async () => {
    const { id, reports, left } = await callLeftByKilledDispatcher('before-send');
    const requestsBeforeRestart = scene.receiver.requests.length;
    const restartedAt = Date.now();

    await restartUntilSucceeded(id);

    expect(reports).toContainEqual({ moment: 'claimed', id });
    expect(left).toMatchObject({ status: 'pending', attempts: 1 });
    expect(requestsBeforeRestart).toBe(0);
    expect(scene.receiver.requests.map((request) => request.headers['idempotency-key'])).toEqual([
      id,
    ]);
    expect(await outcomesOf(scene.dataSource, id)).toHaveLength(1);
    expect(await callState(scene.dataSource, id)).toMatchObject({
      status: 'succeeded',
      attempts: 2,
    });
    figures('killed before the call', {
      requestsBeforeRestart,
      requests: scene.receiver.requests.length,
      dispatches: 2,
      leaseMs: LEASE_MS,
      restartToCallMs: scene.receiver.requests[0]!.at - restartedAt,
    });
  }, 60_000);

  it('resends under the same Idempotency-Key when the dispatcher dies after the answer, before recording it, and the receiver applies it once', async () => {
    const { id, reports, left } = await callLeftByKilledDispatcher('after-answer');
    const appliedBeforeRestart = scene.receiver.applied;

    await restartUntilSucceeded(id);

    expect(reports).toContainEqual({ moment: 'answered', id });
    expect(left).toMatchObject({ status: 'pending', attempts: 1 });
    expect(appliedBeforeRestart).toBe(1);
    const keys = scene.receiver.requests.map((request) => request.headers['idempotency-key']);
    expect(keys).toEqual([id, id]);
    expect(scene.receiver.applied).toBe(1);
    expect(await outcomesOf(scene.dataSource, id)).toEqual([
      expect.objectContaining({ outcome: 'succeeded', status: 200 }),
    ]);
    const [first, second] = scene.receiver.requests;
    figures('killed after the answer', {
      deliveries: scene.receiver.requests.length,
      applied: scene.receiver.applied,
      successHooksRun: 1,
      dispatches: (await callState(scene.dataSource, id)).attempts,
      resentAfterMs: second!.at - first!.at,
    });
  }, 60_000);
});
