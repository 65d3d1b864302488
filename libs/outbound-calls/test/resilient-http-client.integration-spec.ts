import { childSpan, parseTraceparent, runInTrace, traceFrom } from '@infuse/observability';
import { Registry } from 'prom-client';
import { OutboundCallMetrics } from '../src/dispatch/outbound-call-metrics';
import { type BearerTokenSource } from '../src/http/call-target';
import { ResilientHttpClient } from '../src/http/resilient-http-client';
import { figures } from './harness/eventually';
import { FAST_RESILIENCE } from './harness/harness-dispatcher';
import { TestReceiver } from './harness/test-receiver';

// A synchronous read, as prior-auth will fetch a referral document: no intent, no dispatcher.
describe('ResilientHttpClient on its own (real HTTP)', () => {
  let receiver: TestReceiver;
  const client = new ResilientHttpClient(
    { ...FAST_RESILIENCE, timeoutMs: 300 },
    new OutboundCallMetrics(new Registry()),
  );

  beforeEach(async () => {
    receiver = await new TestReceiver().start();
  });

  afterEach(async () => {
    await receiver.stop();
  });

  it('reads a document with the service token, renews a refused token once, and continues the current trace', async () => {
    const document = Buffer.from('%PDF-1.7 not really a PDF \u00ff', 'latin1');
    receiver.behave((request) =>
      request.headers.authorization === 'Bearer token-2'
        ? { status: 200, body: document, headers: { 'content-type': 'application/pdf' } }
        : { status: 401 },
    );
    let issued = 1;
    const tokens: BearerTokenSource = {
      token: () => Promise.resolve(`token-${issued}`),
      invalidate: () => (issued += 1),
    };
    const trace = traceFrom(undefined);

    const result = await runInTrace(trace, () =>
      client.send(
        { baseUrl: receiver.url, tokenSource: tokens },
        { method: 'GET', path: 'v1/referrals/r-1/documents/d-1/content' },
      ),
    );

    expect(result.outcome).toBe('answered');
    if (result.outcome !== 'answered') return;
    expect(result.response.status).toBe(200);
    expect(result.response.body.equals(document)).toBe(true);
    expect(receiver.requests.map((request) => request.headers.authorization)).toEqual([
      'Bearer token-1',
      'Bearer token-2',
    ]);
    expect(receiver.requests[0]!.headers['idempotency-key']).toBeUndefined();
    const spans = receiver.requests.map((request) =>
      parseTraceparent(request.headers['traceparent'] as string),
    );
    expect(spans.map((span) => span?.traceId)).toEqual([trace.traceId, trace.traceId]);
    expect(spans[0]?.spanId).not.toBe(spans[1]?.spanId);
    figures('document read', {
      requests: receiver.requests.length,
      tries: result.tries,
      bytes: result.response.body.length,
    });
  });

  it('abandons a try that outlasts its timeout, and the retry under the same key gets the answer of the work already done', async () => {
    receiver.behave((_request, index) =>
      index === 0
        ? { status: 200, body: { late: true }, delayMs: 1000 }
        : { status: 200, body: { late: false } },
    );
    const started = Date.now();

    const result = await client.send(
      { baseUrl: receiver.url },
      {
        method: 'POST',
        path: 'enrolments',
        body: '{}',
        idempotencyKey: 'enrol-1',
        trace: childSpan(traceFrom(undefined)),
      },
    );

    expect(result.outcome).toBe('answered');
    if (result.outcome !== 'answered') return;
    expect(result.response.json()).toEqual({ late: true });
    expect(receiver.applied).toBe(1);
    expect(result.tries).toBe(2);
    expect(receiver.requests.map((request) => request.headers['idempotency-key'])).toEqual([
      'enrol-1',
      'enrol-1',
    ]);
    figures('timeout', {
      tries: result.tries,
      applied: receiver.applied,
      timeoutMs: 300,
      elapsedMs: Date.now() - started,
    });
  });
});
