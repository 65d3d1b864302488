import { createHash } from 'node:crypto';
import { eventually, queryTestDatabase } from '@infuse/testing';
import { type GatewayProcess, startGateway } from './support/gateway-process';
import { cookieAttributes, TestBrowser } from './support/test-browser';

interface SessionRow {
  secret_hash: Buffer;
  subject: string;
  role: string;
  sealed_tokens: Buffer;
}

describe('development sign-in and the session cookie', () => {
  let gateway: GatewayProcess;

  beforeAll(async () => {
    gateway = await startGateway({});
  });

  afterAll(async () => {
    await gateway?.stop();
  });

  const sessionRows = () =>
    queryTestDatabase<SessionRow>(
      `SELECT secret_hash, subject, role, sealed_tokens FROM "${gateway.schema}".session`,
    );

  it('lists the development users with their roles, and payer ids for payers', async () => {
    const response = await new TestBrowser(gateway.url).get('/auth/development-users');

    expect(response.status).toBe(200);
    const users = response.json<{ subject: string; role: string; payerId?: string }[]>();
    expect(users).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ subject: 'ic-1', role: 'intake_coordinator' }),
        expect.objectContaining({
          subject: 'rev-nw-1',
          role: 'payer',
          payerId: 'northwind-medicare',
        }),
        expect.objectContaining({ subject: 'rev-acme-1', role: 'payer', payerId: 'acme-health' }),
        expect.objectContaining({ subject: 'ph-1', role: 'pharmacist' }),
        expect.objectContaining({ subject: 'ph-2', role: 'pharmacist' }),
        expect.objectContaining({ subject: 'rn-1', role: 'nurse' }),
        expect.objectContaining({ subject: 'rn-2', role: 'nurse' }),
        expect.objectContaining({ role: 'admin' }),
      ]),
    );
  });

  it('signs in with an httpOnly, SameSite=Strict cookie that ends with the token, and stores only its hash', async () => {
    const browser = new TestBrowser(gateway.url);
    const before = Date.now();

    const response = await browser.post('/auth/development-sign-in', {
      json: { subject: 'rev-nw-1' },
    });

    expect(response.status).toBe(204);
    expect(response.setCookies).toHaveLength(1);
    const [setCookie = ''] = response.setCookies;
    const secret = browser.cookies.get('infuse_session') ?? '';
    expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const attributes = cookieAttributes(setCookie);
    expect(attributes).toMatchObject({ httponly: '', samesite: 'Strict', path: '/' });
    // Served over http here: a Secure cookie would never come back.
    expect(attributes).not.toHaveProperty('secure');
    // The development token lives 8 hours; the cookie goes with it.
    const expires = new Date(attributes['expires'] ?? '').getTime();
    expect(expires).toBeGreaterThan(before + 8 * 3600_000 - 60_000);
    expect(expires).toBeLessThan(before + 8 * 3600_000 + 60_000);

    const rows = await sessionRows();
    const row = rows.find(({ subject }) => subject === 'rev-nw-1');
    expect(row?.secret_hash).toEqual(createHash('sha256').update(secret).digest());
    expect(row?.role).toBe('payer');
    // The token is sealed, not stored as the JWT it is (`eyJ` begins every JWT).
    expect(row?.sealed_tokens.toString('latin1')).not.toContain('eyJ');
  });

  it('tells the console who is signed in, and never the token', async () => {
    const browser = new TestBrowser(gateway.url);
    await browser.post('/auth/development-sign-in', { json: { subject: 'rev-acme-1' } });

    const response = await browser.get('/auth/session');

    expect(response.status).toBe(200);
    expect(response.json()).toEqual({
      subject: 'rev-acme-1',
      role: 'payer',
      payerId: 'acme-health',
      displayName: 'Development reviewer, Acme Health',
    });
    expect(response.text).not.toContain('eyJ');
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('answers 401 to a browser with no session, or with a secret that names none', async () => {
    const stranger = new TestBrowser(gateway.url);
    const forger = new TestBrowser(gateway.url);
    forger.cookies.set('infuse_session', 'A'.repeat(43));

    for (const browser of [stranger, forger]) {
      const response = await browser.get('/auth/session');
      expect(response.status).toBe(401);
      expect(response.json()).toMatchObject({ type: 'urn:infuse:problem:session-required' });
    }
  });

  it('refuses an unknown subject, or none, with a 400 naming subject, and opens no session', async () => {
    const browser = new TestBrowser(gateway.url);
    const sessionsBefore = (await sessionRows()).length;

    const unknown = await browser.post('/auth/development-sign-in', {
      json: { subject: 'mallory' },
    });
    const missing = await browser.post('/auth/development-sign-in', { json: {} });

    for (const response of [unknown, missing]) {
      expect(response.status).toBe(400);
      expect(response.json()).toMatchObject({
        status: 400,
        errors: [{ pointer: '#/subject', detail: expect.any(String) }],
      });
      expect(response.setCookies).toEqual([]);
    }
    expect(await sessionRows()).toHaveLength(sessionsBefore);
  });

  it('refuses a sign-in or sign-out another site asks for', async () => {
    const browser = new TestBrowser(gateway.url);
    await browser.post('/auth/development-sign-in', { json: { subject: 'ph-1' } });

    const signIn = await browser.post('/auth/development-sign-in', {
      json: { subject: 'ad-1' },
      origin: 'https://evil.example',
      headers: { 'sec-fetch-site': 'cross-site' },
    });
    const signOut = await browser.post('/auth/sign-out', { origin: null });

    expect(signIn.status).toBe(403);
    expect(signOut.status).toBe(403);
    expect((await browser.get('/auth/session')).json()).toMatchObject({ subject: 'ph-1' });
  });

  it('signs out: the session is deleted and the cookie cleared', async () => {
    const browser = new TestBrowser(gateway.url);
    await browser.post('/auth/development-sign-in', { json: { subject: 'rn-2' } });
    const secret = browser.cookies.get('infuse_session') ?? '';
    const hash = createHash('sha256').update(secret).digest();

    const response = await browser.post('/auth/sign-out');

    expect(response.status).toBe(204);
    expect(cookieAttributes(response.setCookies[0] ?? '')).toMatchObject({ path: '/' });
    expect(browser.cookies.has('infuse_session')).toBe(false);
    expect((await sessionRows()).some(({ secret_hash }) => secret_hash.equals(hash))).toBe(false);
    // The old cookie, kept by someone, opens nothing.
    const replayed = new TestBrowser(gateway.url);
    replayed.cookies.set('infuse_session', secret);
    expect((await replayed.get('/auth/session')).status).toBe(401);
  });

  it('logs sign-in and sign-out by subject and role, never a token or a session secret', async () => {
    const browser = new TestBrowser(gateway.url);
    await browser.post('/auth/development-sign-in', { json: { subject: 'rn-1' } });
    const secret = browser.cookies.get('infuse_session') ?? '';
    await browser.get('/auth/session');
    await browser.post('/auth/sign-out');

    // The gateway's logs come over a pipe, maybe after its answer.
    const logged = (message: string) =>
      eventually(message, () =>
        gateway.output
          .filter((line) => line.startsWith('{'))
          .map((line) => JSON.parse(line) as Record<string, unknown>)
          .find((line) => line['msg'] === message && line['subject'] === 'rn-1'),
      );
    expect(await logged('signed in (development user)')).toMatchObject({ role: 'nurse' });
    expect(await logged('signed out')).toMatchObject({ role: 'nurse' });
    const everything = gateway.output.join('\n');
    expect(everything).not.toContain(secret);
    expect(everything).not.toContain('eyJ');
  });
});

describe('the session cookie behind https', () => {
  let gateway: GatewayProcess;

  beforeAll(async () => {
    gateway = await startGateway({ GATEWAY_PUBLIC_URL: 'https://console.infuse.test' });
  });

  afterAll(async () => {
    await gateway?.stop();
  });

  it('is Secure when the public address is https, and changes must come from that origin', async () => {
    const browser = new TestBrowser(gateway.url, 'https://console.infuse.test');
    const fromPlainHttp = new TestBrowser(gateway.url);

    const response = await browser.post('/auth/development-sign-in', { json: { subject: 'ic-1' } });
    const refused = await fromPlainHttp.post('/auth/development-sign-in', {
      json: { subject: 'ic-1' },
    });

    expect(response.status).toBe(204);
    expect(cookieAttributes(response.setCookies[0] ?? '')).toMatchObject({
      secure: '',
      httponly: '',
      samesite: 'Strict',
    });
    expect(refused.status).toBe(403);
  });
});
