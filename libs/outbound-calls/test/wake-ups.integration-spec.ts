import { callsScene } from './harness/calls-scene';
import { callState, committedClaimSubmission, untilSucceeded } from './harness/claim-submission';
import { eventually, figures } from './harness/eventually';
import { harnessDispatcher } from './harness/harness-dispatcher';

// The dispatcher claims when a call may be due: a NOTIFY since its last claim, a claim that took
// all it asked for, or the polling interval. These tests poll once a minute, so only the first two
// can explain a call sent within seconds.
describe('outbound calls: waking the dispatcher (real PostgreSQL and HTTP)', () => {
  const scene = callsScene('outbound_wake_ups');
  const SLOW_POLLING = { pollIntervalMs: 60_000 };

  it('sends a call committed while every slot is busy as soon as a slot frees, not at the next poll', async () => {
    const { dataSource, receiver } = scene;
    receiver.behave((_request, index) => ({
      status: 200,
      body: { index },
      // The first call holds the only slot a while; the second answers at once.
      delayMs: index === 0 ? 800 : 0,
    }));
    const { dispatcher } = harnessDispatcher(scene.target, {
      dispatch: { ...SLOW_POLLING, concurrency: 1 },
    });
    dispatcher.start();
    try {
      const first = await committedClaimSubmission(dataSource);
      await eventually(() => receiver.requests.length === 1, 'the first call sent', 10_000);
      const second = await committedClaimSubmission(dataSource);
      const committedAt = Date.now();
      await untilSucceeded(dataSource, first);
      await untilSucceeded(dataSource, second);
      const sentAfterMs = receiver.requests[1]!.at - committedAt;

      expect((await callState(dataSource, second)).attempts).toBe(1);
      expect(sentAfterMs).toBeLessThan(10_000);
      figures('slot freed', { concurrency: 1, sentAfterMs, pollIntervalMs: 60_000 });
    } finally {
      await dispatcher.stop();
    }
  }, 60_000);

  it('takes the rest of a backlog larger than its slots without waiting for the poll', async () => {
    const { dataSource, receiver } = scene;
    // Committed before the dispatcher starts: one NOTIFY-less backlog of five for two slots.
    const ids: string[] = [];
    for (let index = 0; index < 5; index += 1) ids.push(await committedClaimSubmission(dataSource));
    const { dispatcher } = harnessDispatcher(scene.target, {
      dispatch: { ...SLOW_POLLING, concurrency: 2 },
    });
    const started = Date.now();
    dispatcher.start();
    try {
      for (const id of ids) await untilSucceeded(dataSource, id);
      const elapsedMs = Date.now() - started;

      expect(receiver.requests).toHaveLength(5);
      expect(elapsedMs).toBeLessThan(10_000);
      figures('backlog', { calls: 5, concurrency: 2, elapsedMs, pollIntervalMs: 60_000 });
    } finally {
      await dispatcher.stop();
    }
  }, 60_000);
});
