import { EchoService } from './support/echo-service';
import { type GatewayProcess, startGateway } from './support/gateway-process';
import { type BrowserResponse, cookieAttributes, TestBrowser } from './support/test-browser';
import { TestOpenIdProvider } from './support/test-openid-provider';

const CONSOLE = 'https://console.infuse.test';
const REVIEWER = {
  sub: 'dana@acme.example',
  name: 'Dana Reviewer',
  infuse_role: 'payer',
  infuse_payer: 'acme-health',
};

describe('sign-in with the identity provider (OpenID Connect, code flow with PKCE)', () => {
  let provider: TestOpenIdProvider;
  let referrals: EchoService;
  let gateway: GatewayProcess;

  beforeAll(async () => {
    provider = await TestOpenIdProvider.start();
    referrals = await EchoService.start();
    gateway = await startGateway({
      NODE_ENV: 'production',
      GATEWAY_PUBLIC_URL: CONSOLE,
      OIDC_ISSUER: provider.issuer,
      OIDC_CLIENT_ID: provider.clientId,
      OIDC_CLIENT_SECRET: provider.clientSecret,
      // The provider's own claim names, as a deployment maps them.
      OIDC_ROLE_CLAIM: 'infuse_role',
      OIDC_PAYER_ID_CLAIM: 'infuse_payer',
      REFERRALS_URL: referrals.url,
    });
  });

  beforeEach(() => {
    provider.nextUser = REVIEWER;
    provider.accessTokenLifetimeSeconds = 3600;
    provider.issuesRefreshTokens = true;
    provider.idTokenFlaw = 'none';
  });

  afterAll(async () => {
    await gateway?.stop();
    await referrals?.stop();
    await provider?.stop();
  });

  /** The browser's trip: the gateway, the provider's sign-in, back to the gateway's callback. */
  async function signIn(
    browser: TestBrowser,
  ): Promise<{ start: BrowserResponse; callback: BrowserResponse }> {
    const start = await browser.get('/auth/sign-in');
    expect(start.status).toBe(302);
    const atProvider = await fetch(start.headers.get('location') ?? '', { redirect: 'manual' });
    expect(atProvider.status).toBe(302);
    // The provider sends the browser to the public address; here that is the gateway under test.
    const back = new URL(atProvider.headers.get('location') ?? '');
    expect(back.origin).toBe(CONSOLE);
    const callback = await browser.get(`${back.pathname}${back.search}`);
    return { start, callback };
  }

  it('sends the browser to the provider with PKCE (S256), state and nonce, and a Lax cookie to come back with', async () => {
    const browser = new TestBrowser(gateway.url, CONSOLE);

    const start = await browser.get('/auth/sign-in');

    expect(start.status).toBe(302);
    const destination = new URL(start.headers.get('location') ?? '');
    expect(destination.origin + destination.pathname).toBe(`${provider.issuer}/authorize`);
    const query = Object.fromEntries(destination.searchParams);
    expect(query).toMatchObject({
      response_type: 'code',
      client_id: provider.clientId,
      redirect_uri: `${CONSOLE}/auth/callback`,
      scope: 'openid profile',
      code_challenge_method: 'S256',
    });
    expect(query['code_challenge']).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(query['state']).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(query['nonce']).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(start.setCookies).toHaveLength(1);
    expect(start.setCookies[0]).toMatch(/^infuse_sign_in=/);
    expect(cookieAttributes(start.setCookies[0] ?? '')).toMatchObject({
      httponly: '',
      samesite: 'Lax',
      path: '/auth/callback',
      secure: '',
    });
    expect(browser.cookies.get('infuse_sign_in')).toBe(query['state']);
  });

  it('signs in: the code is traded with its verifier, the ID token checked, the person mapped from its claims', async () => {
    const browser = new TestBrowser(gateway.url, CONSOLE);

    const { callback } = await signIn(browser);

    expect(callback.status).toBe(302);
    expect(callback.headers.get('location')).toBe('/');
    const sessionCookie = callback.setCookies.find((line) => line.startsWith('infuse_session='));
    expect(cookieAttributes(sessionCookie ?? '')).toMatchObject({
      httponly: '',
      samesite: 'Strict',
      path: '/',
      secure: '',
    });
    const tokenRequest = provider.tokenRequests.at(-1);
    expect(tokenRequest?.get('grant_type')).toBe('authorization_code');
    expect(tokenRequest?.get('code_verifier')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const session = await browser.get('/auth/session');
    expect(session.json()).toEqual({
      subject: 'dana@acme.example',
      role: 'payer',
      payerId: 'acme-health',
      displayName: 'Dana Reviewer',
    });
    expect(session.text).not.toContain('eyJ');
  });

  it("forwards the provider's access token to the services", async () => {
    const browser = new TestBrowser(gateway.url, CONSOLE);
    await signIn(browser);
    const issued = provider.accessTokens.at(-1);

    const response = await browser.get('/api/referrals/referrals');

    expect(response.status).toBe(200);
    expect(referrals.received.at(-1)?.headers.authorization).toBe(`Bearer ${issued}`);
  });

  it('renews an access token about to expire once, however many requests arrive together', async () => {
    const browser = new TestBrowser(gateway.url, CONSOLE);
    // Within the renewal margin (60 s) from the start.
    provider.accessTokenLifetimeSeconds = 30;
    await signIn(browser);
    const first = provider.accessTokens.at(-1);
    provider.accessTokenLifetimeSeconds = 3600;
    const refreshesBefore = provider.tokenRequests.filter(
      (form) => form.get('grant_type') === 'refresh_token',
    ).length;

    const responses = await Promise.all(
      [1, 2, 3].map(() => browser.get('/api/referrals/referrals')),
    );

    expect(responses.map(({ status }) => status)).toEqual([200, 200, 200]);
    const renewed = provider.accessTokens.at(-1);
    expect(renewed).not.toBe(first);
    const refreshes = provider.tokenRequests.filter(
      (form) => form.get('grant_type') === 'refresh_token',
    );
    expect(refreshes.length - refreshesBefore).toBe(1);
    for (const seen of referrals.received.slice(-3))
      expect(seen.headers.authorization).toBe(`Bearer ${renewed}`);
  });

  it('ends the session when the provider no longer renews it', async () => {
    const browser = new TestBrowser(gateway.url, CONSOLE);
    provider.accessTokenLifetimeSeconds = 30;
    await signIn(browser);
    provider.revokeRefreshTokens();
    const before = referrals.received.length;

    const response = await browser.get('/api/referrals/referrals');

    expect(response.status).toBe(401);
    expect(referrals.received).toHaveLength(before);
    expect((await browser.get('/auth/session')).status).toBe(401);
  });

  it('refuses a callback the browser did not start, and the same callback twice', async () => {
    const victim = new TestBrowser(gateway.url, CONSOLE);
    const start = await victim.get('/auth/sign-in');
    const atProvider = await fetch(start.headers.get('location') ?? '', { redirect: 'manual' });
    const back = new URL(atProvider.headers.get('location') ?? '');
    const callbackPath = `${back.pathname}${back.search}`;
    // Someone else's browser, handed the link (login CSRF): it has no sign-in cookie.
    const other = new TestBrowser(gateway.url, CONSOLE);

    const elsewhere = await other.get(callbackPath);
    const first = await victim.get(callbackPath);
    victim.cookies.set('infuse_sign_in', back.searchParams.get('state') ?? '');
    const again = await victim.get(callbackPath);

    expect(elsewhere.status).toBe(400);
    expect(elsewhere.json()).toMatchObject({ type: 'urn:infuse:problem:sign-in-failed' });
    expect(first.status).toBe(302);
    expect(again.status).toBe(400);
  });

  it('refuses an ID token minted for another sign-in, or not signed by the provider', async () => {
    for (const flaw of ['another-nonce', 'foreign-signature'] as const) {
      provider.idTokenFlaw = flaw;
      const browser = new TestBrowser(gateway.url, CONSOLE);

      const { callback } = await signIn(browser);

      expect(callback.status).toBe(400);
      expect(callback.json()).toMatchObject({ type: 'urn:infuse:problem:sign-in-failed' });
      expect(browser.cookies.has('infuse_session')).toBe(false);
    }
  });

  it('refuses someone the provider knows but who has no console role', async () => {
    provider.nextUser = { sub: 'visitor@acme.example', infuse_role: 'guest' };
    const browser = new TestBrowser(gateway.url, CONSOLE);

    const { callback } = await signIn(browser);

    expect(callback.status).toBe(403);
    expect(callback.json()).toMatchObject({ type: 'urn:infuse:problem:sign-in-refused' });
    expect(browser.cookies.has('infuse_session')).toBe(false);
  });

  it('has no development sign-in in production', async () => {
    const browser = new TestBrowser(gateway.url, CONSOLE);

    const users = await browser.get('/auth/development-users');
    const signInAs = await browser.post('/auth/development-sign-in', { json: { subject: 'ic-1' } });

    expect(users.status).toBe(404);
    expect(signInAs.status).toBe(404);
    expect(signInAs.setCookies).toEqual([]);
  });
});
