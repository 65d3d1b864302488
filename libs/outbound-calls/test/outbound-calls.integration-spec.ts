import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { getDataSourceToken } from '@nestjs/typeorm';
import {
  JwtVerifier,
  SERVICE_TOKEN_SOURCE,
  ServiceIdentityModule,
  type TokenSource,
} from '@infuse/auth';
import { authConfig, ConfigModule, databaseConfig, serviceIdentityConfig } from '@infuse/config';
import { DatabaseModule } from '@infuse/database';
import {
  MetricsRegistryModule,
  parseTraceparent,
  runInTrace,
  traceFrom,
} from '@infuse/observability';
import { dropSchema, TEST_AUTH, TEST_DATABASE_URL, uniqueSuffix } from '@infuse/testing';
import { type DataSource } from 'typeorm';
import { callTargets } from '../src/http/call-target';
import { OutboundCallsModule } from '../src/nest/outbound-calls.module';
import { outboundCallsConfig } from '../src/outbound-calls.config';
import {
  callState,
  CLAIM_BUNDLE,
  committedClaimSubmission,
  outcomesOf,
  recordClaimSubmission,
} from './harness/claim-submission';
import { eventually, figures } from './harness/eventually';
import { HARNESS_MIGRATIONS, harnessDataSource } from './harness/harness-database';
import { FAST_RESILIENCE, harnessDispatcher } from './harness/harness-dispatcher';
import { RecordingHandler } from './harness/recording-handler';
import { TestReceiver } from './harness/test-receiver';

describe('outbound calls (real PostgreSQL and HTTP)', () => {
  const schema = `outbound_calls_${uniqueSuffix()}`;
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

  const target = () => ({
    dataSource,
    databaseUrl: TEST_DATABASE_URL,
    schema,
    receiverUrl: receiver.url,
  });

  it('never makes a call recorded in a transaction that rolled back, and refuses one outside a transaction', async () => {
    const { dispatcher } = harnessDispatcher(target());
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
    expect({ claimed, rows: rows.length, requests: receiver.requests.length }).toEqual({
      claimed: 0,
      rows: 0,
      requests: 0,
    });
    figures('rollback', { claimed, rows: rows.length, requests: receiver.requests.length });
  });

  it('calls a committed intent once, after commit, with its Idempotency-Key, a child traceparent and the service token, and settles it with the success hook in one transaction', async () => {
    const verifier = new JwtVerifier(TEST_AUTH);
    const env = {
      NODE_ENV: 'test',
      DATABASE_URL: TEST_DATABASE_URL,
      DATABASE_SCHEMA: schema,
      DATABASE_POOL_SIZE: '4',
      AUTH_JWT_SECRET: TEST_AUTH.AUTH_JWT_SECRET,
      OUTBOUND_CALL_POLL_INTERVAL_MS: '200',
    };
    const receiverUrl = receiver.url;

    // A service as it will be composed: its own schema, its identity, its targets and handler.
    @Module({
      imports: [
        ConfigModule.forRoot(
          [databaseConfig, authConfig, serviceIdentityConfig, outboundCallsConfig],
          env,
        ),
        MetricsRegistryModule,
        DatabaseModule.forService({
          defaultSchema: schema,
          entities: [],
          migrations: HARNESS_MIGRATIONS,
        }),
        ServiceIdentityModule.forService('prior-auth'),
        OutboundCallsModule.forService({
          targets: {
            inject: [SERVICE_TOKEN_SOURCE],
            useFactory: (tokens: TokenSource) =>
              callTargets({ payer: { baseUrl: receiverUrl, tokenSource: tokens } }),
          },
        }),
      ],
      providers: [RecordingHandler],
    })
    class PriorAuthLikeModule {}

    const app = await NestFactory.createApplicationContext(PriorAuthLikeModule, { logger: false });
    await app.init();
    try {
      const appData = app.get<DataSource>(getDataSourceToken());
      const trace = traceFrom(undefined);
      const runner = appData.createQueryRunner();
      await runner.connect();
      await runner.startTransaction();
      const call = await runInTrace(trace, () => recordClaimSubmission(runner.manager));
      // The dispatcher polls and listens meanwhile; an uncommitted call is invisible to it.
      await new Promise((resolve) => setTimeout(resolve, 1000));
      const requestsBeforeCommit = receiver.requests.length;
      const committedAt = Date.now();
      await runner.commitTransaction();
      await runner.release();

      await eventually(
        async () => (await callState(appData, call.id)).status === 'succeeded',
        'the call',
      );
      await new Promise((resolve) => setTimeout(resolve, 500));

      expect(requestsBeforeCommit).toBe(0);
      expect(receiver.requests).toHaveLength(1);
      const [request] = receiver.requests;
      expect(request!.method).toBe('POST');
      expect(request!.url).toBe('/fhir/Claim/$submit');
      expect(request!.headers['content-type']).toBe('application/fhir+json');
      expect(JSON.parse(request!.body)).toEqual(CLAIM_BUNDLE);
      expect(request!.headers['idempotency-key']).toBe(call.id);
      const sent = parseTraceparent(request!.headers['traceparent'] as string);
      const stored = parseTraceparent(call.traceparent);
      expect(stored?.traceId).toBe(trace.traceId);
      expect(sent?.traceId).toBe(trace.traceId);
      expect(sent?.spanId).not.toBe(stored?.spanId);
      const token = (request!.headers.authorization ?? '').replace(/^Bearer /, '');
      await expect(verifier.verify(token)).resolves.toEqual({
        subject: 'prior-auth',
        role: 'service',
      });

      expect(await outcomesOf(appData, call.id)).toEqual([
        { outcome: 'succeeded', status: 200, body: '{"outcome":"queued"}', in_transaction: true },
      ]);
      expect(await callState(appData, call.id)).toMatchObject({
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
    receiver.behave((_request, index) => ({ status: statuses[index] ?? 200, body: { index } }));
    const { dispatcher } = harnessDispatcher(target());
    const id = await committedClaimSubmission(dataSource);
    const started = Date.now();

    await dispatcher.claimDue();
    await dispatcher.idle();
    await dispatcher.stop();

    const keys = receiver.requests.map((request) => request.headers['idempotency-key']);
    expect(keys).toEqual([id, id, id]);
    expect(await callState(dataSource, id)).toMatchObject({ status: 'succeeded', attempts: 1 });
    expect(await outcomesOf(dataSource, id)).toEqual([
      expect.objectContaining({ outcome: 'succeeded', status: 200, body: '{"index":2}' }),
    ]);
    const at = receiver.requests.map((request) => request.at);
    figures('503, 503, 200', {
      requests: receiver.requests.length,
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
    receiver.behave(() => ({ status: 422, body: issue }));
    const { dispatcher } = harnessDispatcher(target());
    const id = await committedClaimSubmission(dataSource);

    await dispatcher.claimDue();
    await dispatcher.idle();
    await dispatcher.stop();

    expect(receiver.requests).toHaveLength(1);
    expect(await outcomesOf(dataSource, id)).toEqual([
      { outcome: 'rejected', status: 422, body: JSON.stringify(issue), in_transaction: true },
    ]);
    const state = await callState(dataSource, id);
    expect(state).toMatchObject({
      status: 'failed',
      attempts: 1,
      response_status: 422,
      last_error: 'rejected 422',
    });
    // What the payer said stays with the handler; the row keeps a status only.
    expect(JSON.stringify(state)).not.toContain('Claim.insurance');
    figures('422', {
      requests: receiver.requests.length,
      attempts: state.attempts,
      lastError: state.last_error!,
    });
  });

  it('opens the circuit of a receiver that stays down, reschedules the call without calling it, and succeeds once the receiver is back', async () => {
    receiver.behave(() => 'drop');
    const { dispatcher, registry } = harnessDispatcher(target());
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
      const circuit = (await registry.getSingleMetric('infuse_outbound_circuit_state')!.get())
        .values;

      receiver.behave(() => ({ status: 200, body: { outcome: 'queued' } }));
      const backAt = Date.now();
      await eventually(
        async () => (await callState(dataSource, id)).status === 'succeeded',
        'recovery',
      );

      expect(whileDown.status).toBe('pending');
      expect(circuit).toEqual([expect.objectContaining({ value: 1 })]);
      expect(
        new Set(receiver.requests.map((request) => request.headers['idempotency-key'])),
      ).toEqual(new Set([id]));
      expect(await outcomesOf(dataSource, id)).toEqual([
        expect.objectContaining({ outcome: 'succeeded', status: 200 }),
      ]);
      const final = await callState(dataSource, id);
      figures('circuit', {
        requestsWhileDown,
        dispatchesWhileDown: whileDown.attempts,
        circuitFailures: FAST_RESILIENCE.circuitFailures,
        dispatches: final.attempts,
        requests: receiver.requests.length,
        firstFailFastAfterMs: backAt - started,
        backToSucceededMs: Date.now() - backAt,
      });
    } finally {
      await dispatcher.stop();
    }
  }, 60_000);
});
