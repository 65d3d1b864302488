import { dropSchema, TEST_DATABASE_URL, uniqueSuffix } from '@infuse/testing';
import { type DataSource } from 'typeorm';
import { callState, committedClaimSubmission, outcomesOf } from './harness/claim-submission';
import { startDispatcherChild } from './harness/dispatcher-child';
import { eventually, figures } from './harness/eventually';
import { harnessDataSource } from './harness/harness-database';
import { TestReceiver } from './harness/test-receiver';

// Short, so the restarted dispatcher takes over the dead one's claim within the test.
const LEASE_MS = 2000;

describe('outbound calls across a dispatcher killed with SIGKILL (real PostgreSQL and HTTP)', () => {
  const schema = `outbound_crash_${uniqueSuffix()}`;
  let dataSource: DataSource;
  let receiver: TestReceiver;

  beforeAll(async () => {
    dataSource = await harnessDataSource(TEST_DATABASE_URL, schema);
  });

  afterAll(async () => {
    await dataSource.destroy();
    await dropSchema(schema);
  });

  beforeEach(async () => {
    receiver = await new TestReceiver().start();
  });

  afterEach(async () => {
    await receiver.stop();
  });

  const dispatcherProcess = (killAt?: 'before-send' | 'after-answer') =>
    startDispatcherChild({
      DATABASE_URL: TEST_DATABASE_URL,
      HARNESS_SCHEMA: schema,
      RECEIVER_URL: receiver.url,
      LEASE_MS: String(LEASE_MS),
      ...(killAt ? { KILL_AT: killAt } : {}),
    });

  it('loses nothing when the dispatcher dies after the commit and its claim, before the call: a restarted one calls once', async () => {
    const id = await committedClaimSubmission(dataSource);
    const doomed = await dispatcherProcess('before-send');
    await doomed.exited;
    const afterKill = await callState(dataSource, id);
    const requestsAfterKill = receiver.requests.length;
    const restartedAt = Date.now();

    const restarted = await dispatcherProcess();
    try {
      await eventually(
        async () => (await callState(dataSource, id)).status === 'succeeded',
        'the call',
      );
    } finally {
      await restarted.stop();
    }

    expect(doomed.reports).toContainEqual({ moment: 'claimed', id });
    expect(afterKill).toMatchObject({ status: 'pending', attempts: 1 });
    expect(requestsAfterKill).toBe(0);
    expect(receiver.requests.map((request) => request.headers['idempotency-key'])).toEqual([id]);
    expect(await outcomesOf(dataSource, id)).toHaveLength(1);
    expect(await callState(dataSource, id)).toMatchObject({ status: 'succeeded', attempts: 2 });
    figures('killed before the call', {
      requestsBeforeRestart: requestsAfterKill,
      requests: receiver.requests.length,
      dispatches: 2,
      leaseMs: LEASE_MS,
      restartToCallMs: receiver.requests[0]!.at - restartedAt,
    });
  }, 60_000);

  it('resends under the same Idempotency-Key when the dispatcher dies after the answer, before recording it, and the receiver applies it once', async () => {
    const id = await committedClaimSubmission(dataSource);
    const doomed = await dispatcherProcess('after-answer');
    await doomed.exited;
    const afterKill = await callState(dataSource, id);
    const appliedAfterKill = receiver.applied;

    const restarted = await dispatcherProcess();
    try {
      await eventually(
        async () => (await callState(dataSource, id)).status === 'succeeded',
        'the call',
      );
    } finally {
      await restarted.stop();
    }

    expect(doomed.reports).toContainEqual({ moment: 'answered', id });
    expect(afterKill).toMatchObject({ status: 'pending', attempts: 1 });
    expect(appliedAfterKill).toBe(1);
    expect(receiver.requests.map((request) => request.headers['idempotency-key'])).toEqual([
      id,
      id,
    ]);
    expect(receiver.applied).toBe(1);
    expect(await outcomesOf(dataSource, id)).toEqual([
      expect.objectContaining({ outcome: 'succeeded', status: 200 }),
    ]);
    const [first, second] = receiver.requests;
    figures('killed after the answer', {
      deliveries: receiver.requests.length,
      applied: receiver.applied,
      successHooksRun: 1,
      dispatches: (await callState(dataSource, id)).attempts,
      resentAfterMs: second!.at - first!.at,
    });
  }, 60_000);
});
