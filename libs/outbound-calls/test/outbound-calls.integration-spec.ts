import { NestFactory } from '@nestjs/core';
import { getDataSourceToken } from '@nestjs/typeorm';
import { JwtVerifier } from '@infuse/auth';
import { parseTraceparent, runInTrace, traceFrom } from '@infuse/observability';
import { TEST_AUTH } from '@infuse/testing';
import { type DataSource } from 'typeorm';
import { callsScene } from './harness/calls-scene';
import {
  callState,
  CLAIM_BUNDLE,
  committedClaimSubmission,
  outcomesOf,
  recordClaimSubmission,
  untilSucceeded,
} from './harness/claim-submission';
import { eventually, figures } from './harness/eventually';
import { dispatchOnce, FAST_RESILIENCE, harnessDispatcher } from './harness/harness-dispatcher';
import { PriorAuthLikeModule } from './harness/prior-auth-like.module';

describe('outbound calls (real PostgreSQL and HTTP)', () => {
  const scene = callsScene('outbound_calls');
  const keysSeen = () =>
    scene.receiver.requests.map((request) => request.headers['idempotency-key']);

  it('never makes a call recorded in a transaction that rolled back, and refuses one outside a transaction', async () => {
    const { dataSource } = scene;
    const { dispatcher } = harnessDispatcher(scene.target);
    let recorded = '';
    await expect(
      dataSource.transaction(async (manager) => {
        recorded = (await recordClaimSubmission(manager)).id;
        throw new Error('the state change failed');
      }),
    ).rejects.toThrow('the state change failed');
    await expect(recordClaimSubmission(dataSource.manager)).rejects.toThrow(
      'must run inside the transaction that changes the state',
    );

    const claimed = await dispatcher.claimDue();
    await dispatcher.stop();

    const rows = await dataSource.query<unknown[]>(`SELECT 1 FROM outbound_call WHERE id = $1`, [
      recorded,
    ]);
    const seen = { claimed, rows: rows.length, requests: scene.receiver.requests.length };
    expect(seen).toEqual({ claimed: 0, rows: 0, requests: 0 });
    figures('rollback', seen);
  });

  it('calls a committed intent once, after commit, with its Idempotency-Key, a child traceparent and the service token, and settles it with the success hook in one transaction', async () => {
    const { receiver } = scene;
    const app = await NestFactory.createApplicationContext(
      PriorAuthLikeModule.register(scene.schema, receiver.url),
      { logger: false },
    );
    await app.init();
    try {
      const dataSource = app.get<DataSource>(getDataSourceToken());
      const trace = traceFrom(undefined);
      const runner = dataSource.createQueryRunner();
      await runner.connect();
      await runner.startTransaction();
      const call = await runInTrace(trace, () => recordClaimSubmission(runner.manager));
      // The dispatcher polls and listens meanwhile; an uncommitted call is invisible to it.
      await new Promise((resolve) => setTimeout(resolve, 1000));
      const requestsBeforeCommit = receiver.requests.length;
      const committedAt = Date.now();
      await runner.commitTransaction();
      await runner.release();
      await untilSucceeded(dataSource, call.id);
      // Long enough for a second request, were one to come.
      await new Promise((resolve) => setTimeout(resolve, 500));

      expect(requestsBeforeCommit).toBe(0);
      expect(receiver.requests).toHaveLength(1);
      const [request] = receiver.requests;
      expect(request).toMatchObject({ method: 'POST', url: '/fhir/Claim/$submit' });
      expect(request!.headers['content-type']).toBe('application/fhir+json');
      expect(JSON.parse(request!.body)).toEqual(CLAIM_BUNDLE);
      expect(request!.headers['idempotency-key']).toBe(call.id);
      const sent = parseTraceparent(request!.headers['traceparent'] as string);
      const stored = parseTraceparent(call.traceparent);
      expect([stored?.traceId, sent?.traceId]).toEqual([trace.traceId, trace.traceId]);
      expect(sent?.spanId).not.toBe(stored?.spanId);
      const token = (request!.headers.authorization ?? '').replace(/^Bearer /, '');
      await expect(new JwtVerifier(TEST_AUTH).verify(token)).resolves.toEqual({
        subject: 'prior-auth',
        role: 'service',
      });
      expect(await outcomesOf(dataSource, call.id)).toEqual([
        { outcome: 'succeeded', status: 200, body: '{"outcome":"queued"}', in_transaction: true },
      ]);
      expect(await callState(dataSource, call.id)).toMatchObject({
        status: 'succeeded',
        attempts: 1,
        response_status: 200,
        body: null,
        locked_until: null,
      });
      figures('after commit', {
        requestsBeforeCommit,
        requests: receiver.requests.length,
        attempts: 1,
        commitToRequestMs: request!.at - committedAt,
      });
    } finally {
      await app.close();
    }
  }, 60_000);

  it('retries 503, 503 and then 200 in process, under the same Idempotency-Key', async () => {
    const statuses = [503, 503, 200];
    scene.receiver.behave((_request, index) => ({
      status: statuses[index] ?? 200,
      body: { index },
    }));
    const id = await committedClaimSubmission(scene.dataSource);
    const started = Date.now();

    await dispatchOnce(scene.target);

    expect(keysSeen()).toEqual([id, id, id]);
    expect(await callState(scene.dataSource, id)).toMatchObject({
      status: 'succeeded',
      attempts: 1,
    });
    expect(await outcomesOf(scene.dataSource, id)).toEqual([
      expect.objectContaining({ outcome: 'succeeded', status: 200, body: '{"index":2}' }),
    ]);
    const at = scene.receiver.requests.map((request) => request.at);
    figures('503, 503, 200', {
      requests: at.length,
      dispatches: 1,
      firstRetryAfterMs: at[1]! - at[0]!,
      secondRetryAfterMs: at[2]! - at[1]!,
      elapsedMs: Date.now() - started,
    });
  });

  it('fails a 422 at once and hands the failure hook its status and body', async () => {
    const issue = {
      resourceType: 'OperationOutcome',
      issue: [{ severity: 'error', code: 'required', diagnostics: 'Claim.insurance is missing' }],
    };
    scene.receiver.behave(() => ({ status: 422, body: issue }));
    const id = await committedClaimSubmission(scene.dataSource);

    await dispatchOnce(scene.target);

    expect(scene.receiver.requests).toHaveLength(1);
    expect(await outcomesOf(scene.dataSource, id)).toEqual([
      { outcome: 'rejected', status: 422, body: JSON.stringify(issue), in_transaction: true },
    ]);
    const state = await callState(scene.dataSource, id);
    expect(state).toMatchObject({
      status: 'failed',
      attempts: 1,
      response_status: 422,
      last_error: 'rejected 422',
    });
    // What the payer said stays with the handler; the row keeps a status only.
    expect(JSON.stringify(state)).not.toContain('Claim.insurance');
    figures('422', {
      requests: scene.receiver.requests.length,
      attempts: state.attempts,
      lastError: state.last_error!,
    });
  });

  it('opens the circuit of a receiver that stays down, reschedules the call without calling it, and succeeds once the receiver is back', async () => {
    const { dataSource, receiver } = scene;
    receiver.behave(() => 'drop');
    const { dispatcher, registry } = harnessDispatcher(scene.target);
    const id = await committedClaimSubmission(dataSource);
    const started = Date.now();
    dispatcher.start();
    try {
      await eventually(
        async () => (await callState(dataSource, id)).last_error === 'circuit-open',
        'a dispatch that failed fast on the open circuit',
      );
      const whileDown = await callState(dataSource, id);
      const requestsWhileDown = receiver.requests.length;
      const circuit = await registry.getSingleMetric('infuse_outbound_circuit_state')!.get();

      receiver.behave(() => ({ status: 200, body: { outcome: 'queued' } }));
      const backAt = Date.now();
      await untilSucceeded(dataSource, id);

      expect(whileDown.status).toBe('pending');
      expect(circuit.values).toEqual([expect.objectContaining({ value: 1 })]);
      expect(new Set(keysSeen())).toEqual(new Set([id]));
      expect(await outcomesOf(dataSource, id)).toEqual([
        expect.objectContaining({ outcome: 'succeeded', status: 200 }),
      ]);
      figures('circuit', {
        requestsWhileDown,
        dispatchesWhileDown: whileDown.attempts,
        circuitFailures: FAST_RESILIENCE.circuitFailures,
        dispatches: (await callState(dataSource, id)).attempts,
        requests: receiver.requests.length,
        firstFailFastAfterMs: backAt - started,
        backToSucceededMs: Date.now() - backAt,
      });
    } finally {
      await dispatcher.stop();
    }
  }, 60_000);
});
