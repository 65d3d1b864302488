import { TEST_AUTH } from '@infuse/testing';
import { jwtVerify } from 'jose';
import { EchoService, SERVICE_PROBLEM } from './support/echo-service';
import { freePort, type GatewayProcess, startGateway } from './support/gateway-process';
import { TestBrowser } from './support/test-browser';

describe('the gateway proxies /api/<service>/ to the services', () => {
  let referrals: EchoService;
  let pharmacy: EchoService;
  let gateway: GatewayProcess;
  let coordinator: TestBrowser;

  beforeAll(async () => {
    referrals = await EchoService.start();
    pharmacy = await EchoService.start();
    gateway = await startGateway({
      REFERRALS_URL: referrals.url,
      PHARMACY_URL: pharmacy.url,
      // Nothing listens there: the nursing service is down.
      NURSING_URL: `http://127.0.0.1:${await freePort()}`,
    });
    coordinator = new TestBrowser(gateway.url);
    const signIn = await coordinator.post('/auth/development-sign-in', {
      json: { subject: 'ic-1' },
    });
    expect(signIn.status).toBe(204);
  });

  afterAll(async () => {
    await gateway?.stop();
    await referrals?.stop();
    await pharmacy?.stop();
  });

  it("forwards the session's bearer token, never the browser's own Authorization or cookies", async () => {
    const response = await coordinator.get('/api/referrals/referrals?status=received&limit=5', {
      headers: { authorization: 'Bearer forged-by-the-page', 'x-request-id': 'trace-me-12345' },
    });

    expect(response.status).toBe(200);
    const seen = referrals.received.at(-1);
    // The prefix is gone, the query kept.
    expect(seen?.url).toBe('/referrals?status=received&limit=5');
    expect(seen?.headers.cookie).toBeUndefined();
    const bearer = /^Bearer (.+)$/.exec(seen?.headers.authorization ?? '')?.[1] ?? '';
    expect(bearer).not.toBe('forged-by-the-page');
    // Signed as `npm run token` signs it: the services' verifier accepts it.
    const { payload } = await jwtVerify(
      bearer,
      new TextEncoder().encode(TEST_AUTH.AUTH_JWT_SECRET),
      {
        issuer: TEST_AUTH.AUTH_ISSUER,
        audience: TEST_AUTH.AUTH_AUDIENCE,
      },
    );
    expect(payload).toMatchObject({ sub: 'ic-1', role: 'intake_coordinator' });
    // One id and one trace from the browser's click to the service's logs.
    expect(seen?.headers['x-request-id']).toBe('trace-me-12345');
    expect(seen?.headers.traceparent).toMatch(/^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/);
  });

  it('routes each prefix to its own service', async () => {
    const before = referrals.received.length;

    const response = await coordinator.get('/api/pharmacy/dispense-orders/d-1');

    expect(response.status).toBe(200);
    expect(pharmacy.received.at(-1)?.url).toBe('/dispense-orders/d-1');
    expect(referrals.received).toHaveLength(before);
  });

  it('streams a document upload larger than a JSON body limit through, with its method', async () => {
    // A document arrives base64-encoded inside JSON: well past Fastify's default 1 MB.
    const document = JSON.stringify({ contentBase64: 'QUJD'.repeat(750_000) });

    const response = await coordinator.request('PUT', '/api/referrals/referrals/r-1/documents', {
      body: document,
      headers: { 'content-type': 'application/json' },
    });

    expect(response.status).toBe(200);
    expect(referrals.received.at(-1)).toMatchObject({
      method: 'PUT',
      url: '/referrals/r-1/documents',
      bodyBytes: Buffer.byteLength(document),
    });
  });

  it("passes a service's problem document and status through untouched", async () => {
    const response = await coordinator.post('/api/referrals/problem', { json: { dose: -1 } });

    expect(response.status).toBe(422);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(response.text).toBe(SERVICE_PROBLEM);
  });

  it("passes a service's 503 through at once rather than asking again", async () => {
    const before = referrals.received.length;

    const response = await coordinator.get('/api/referrals/unavailable');

    expect(response.status).toBe(503);
    expect(referrals.received.length - before).toBe(1);
  });

  it("keeps a service's Location under the service's prefix", async () => {
    const response = await coordinator.post('/api/referrals/created', { json: {} });

    expect(response.status).toBe(201);
    expect(response.headers.get('location')).toBe('/api/referrals/things/t-1');
  });

  it('answers 401 without a session, and the service never hears of the request', async () => {
    const before = referrals.received.length;
    const stranger = new TestBrowser(gateway.url);

    const response = await stranger.get('/api/referrals/referrals', {
      headers: { authorization: 'Bearer a-token-the-page-should-not-have' },
    });

    expect(response.status).toBe(401);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(response.json()).toMatchObject({
      status: 401,
      type: 'urn:infuse:problem:session-required',
    });
    expect(referrals.received).toHaveLength(before);
  });

  it('answers 404 for a service that does not exist', async () => {
    const response = await coordinator.get('/api/billing/invoices');

    expect(response.status).toBe(404);
    expect(response.json()).toMatchObject({
      status: 404,
      type: 'urn:infuse:problem:unknown-service',
    });
  });

  it('answers 502 when the service is down', async () => {
    const response = await coordinator.get('/api/nursing/visits');

    expect(response.status).toBe(502);
    expect(response.json()).toMatchObject({
      status: 502,
      type: 'urn:infuse:problem:service-unreachable',
    });
  });

  it('refuses a change the console did not send (no Origin, another site), before the service hears of it', async () => {
    const before = referrals.received.length;

    const withoutOrigin = await coordinator.post('/api/referrals/referrals', {
      json: {},
      origin: null,
    });
    const fromAnotherSite = await coordinator.post('/api/referrals/referrals', {
      json: {},
      origin: 'https://evil.example',
      headers: { 'sec-fetch-site': 'cross-site' },
    });

    expect(withoutOrigin.status).toBe(403);
    expect(fromAnotherSite.status).toBe(403);
    expect(fromAnotherSite.json()).toMatchObject({ type: 'urn:infuse:problem:cross-site-request' });
    expect(referrals.received).toHaveLength(before);
  });

  it("accepts the page's own change by Sec-Fetch-Site, as a browser behind a development proxy sends it", async () => {
    const response = await coordinator.post('/api/referrals/referrals', {
      json: {},
      origin: 'http://127.0.0.1:5173',
      headers: { 'sec-fetch-site': 'same-origin' },
    });

    expect(response.status).toBe(200);
  });
});
