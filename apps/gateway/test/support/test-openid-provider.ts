import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { exportJWK, generateKeyPair, type JWK, type KeyLike, SignJWT } from 'jose';

interface IssuedCode {
  challenge: string;
  nonce: string;
  redirectUri: string;
  claims: Record<string, unknown>;
}

/**
 * A minimal OpenID provider over real HTTP: discovery, an authorization endpoint that signs in
 * `nextUser` at once, a token endpoint that checks the client's secret and the PKCE verifier
 * (S256) and renews with refresh tokens, and its signing key as a JWKS.
 */
export class TestOpenIdProvider {
  readonly clientId = 'infuse-console';
  readonly clientSecret = `secret-${randomBytes(8).toString('hex')}`;
  /** The claims of whoever signs in next. */
  nextUser: Record<string, unknown> = {};
  accessTokenLifetimeSeconds = 3600;
  issuesRefreshTokens = true;
  /** An ID token the gateway must refuse: for another sign-in, or signed by someone else. */
  idTokenFlaw: 'none' | 'another-nonce' | 'foreign-signature' = 'none';
  readonly authorizationRequests: URLSearchParams[] = [];
  readonly tokenRequests: URLSearchParams[] = [];
  /** Every access token issued, in order. */
  readonly accessTokens: string[] = [];
  issuer = '';

  private readonly codes = new Map<string, IssuedCode>();
  private readonly refreshTokens = new Map<string, Record<string, unknown>>();
  private readonly server = createServer((request, response) => {
    this.answer(request, response).catch((error: unknown) => {
      response.writeHead(500).end(String(error));
    });
  });

  private constructor(
    private readonly privateKey: KeyLike,
    private readonly publicJwk: JWK,
  ) {}

  static async start(): Promise<TestOpenIdProvider> {
    const { privateKey, publicKey } = await generateKeyPair('RS256');
    const jwk = { ...(await exportJWK(publicKey)), kid: 'test-key', alg: 'RS256', use: 'sig' };
    const provider = new TestOpenIdProvider(privateKey, jwk);
    await new Promise<void>((resolve) => provider.server.listen(0, '127.0.0.1', resolve));
    const address = provider.server.address();
    if (typeof address !== 'object' || !address) throw new Error('provider has no port');
    provider.issuer = `http://127.0.0.1:${address.port}`;
    return provider;
  }

  /** Refuses every refresh token issued so far, as a provider does once access is revoked. */
  revokeRefreshTokens(): void {
    this.refreshTokens.clear();
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }

  private async answer(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', this.issuer);
    if (url.pathname === '/.well-known/openid-configuration') {
      return json(response, 200, {
        issuer: this.issuer,
        authorization_endpoint: `${this.issuer}/authorize`,
        token_endpoint: `${this.issuer}/token`,
        jwks_uri: `${this.issuer}/jwks`,
        response_types_supported: ['code'],
        code_challenge_methods_supported: ['S256'],
        token_endpoint_auth_methods_supported: ['client_secret_basic'],
        id_token_signing_alg_values_supported: ['RS256'],
      });
    }
    if (url.pathname === '/jwks') return json(response, 200, { keys: [this.publicJwk] });
    if (url.pathname === '/authorize') return this.authorize(url.searchParams, response);
    if (url.pathname === '/token' && request.method === 'POST') {
      return this.token(request, new URLSearchParams(await bodyOf(request)), response);
    }
    json(response, 404, { error: 'not_found' });
  }

  private authorize(query: URLSearchParams, response: ServerResponse): void {
    this.authorizationRequests.push(query);
    const redirectUri = query.get('redirect_uri') ?? '';
    const challenge = query.get('code_challenge');
    if (
      query.get('response_type') !== 'code' ||
      query.get('client_id') !== this.clientId ||
      query.get('code_challenge_method') !== 'S256' ||
      !challenge
    ) {
      return json(response, 400, { error: 'invalid_request' });
    }
    const code = randomBytes(16).toString('hex');
    this.codes.set(code, {
      challenge,
      nonce: query.get('nonce') ?? '',
      redirectUri,
      claims: { ...this.nextUser },
    });
    const back = new URL(redirectUri);
    back.searchParams.set('code', code);
    back.searchParams.set('state', query.get('state') ?? '');
    response.writeHead(302, { location: back.href }).end();
  }

  private async token(
    request: IncomingMessage,
    form: URLSearchParams,
    response: ServerResponse,
  ): Promise<void> {
    this.tokenRequests.push(form);
    const expected = `Basic ${Buffer.from(`${this.clientId}:${this.clientSecret}`).toString('base64')}`;
    if (request.headers.authorization !== expected) {
      return json(response, 401, { error: 'invalid_client' });
    }
    if (form.get('grant_type') === 'refresh_token') {
      const claims = this.refreshTokens.get(form.get('refresh_token') ?? '');
      if (!claims) return json(response, 400, { error: 'invalid_grant' });
      this.refreshTokens.delete(form.get('refresh_token') ?? '');
      return json(response, 200, await this.tokens(claims, undefined));
    }
    const issued = this.codes.get(form.get('code') ?? '');
    this.codes.delete(form.get('code') ?? '');
    const verifier = form.get('code_verifier') ?? '';
    const challenge = createHash('sha256').update(verifier).digest('base64url');
    if (
      form.get('grant_type') !== 'authorization_code' ||
      !issued ||
      issued.redirectUri !== form.get('redirect_uri') ||
      issued.challenge !== challenge
    ) {
      return json(response, 400, { error: 'invalid_grant' });
    }
    return json(response, 200, await this.tokens(issued.claims, issued.nonce));
  }

  private async tokens(
    claims: Record<string, unknown>,
    nonce: string | undefined,
  ): Promise<Record<string, unknown>> {
    const accessToken = await this.sign(
      { ...claims, jti: randomBytes(8).toString('hex') },
      'infuse',
    );
    this.accessTokens.push(accessToken);
    const refreshToken = randomBytes(16).toString('hex');
    if (this.issuesRefreshTokens) this.refreshTokens.set(refreshToken, claims);
    return {
      access_token: accessToken,
      token_type: 'Bearer',
      expires_in: this.accessTokenLifetimeSeconds,
      ...(this.issuesRefreshTokens ? { refresh_token: refreshToken } : {}),
      ...(nonce === undefined ? {} : { id_token: await this.idToken(claims, nonce) }),
    };
  }

  private async idToken(claims: Record<string, unknown>, nonce: string): Promise<string> {
    if (this.idTokenFlaw === 'another-nonce') {
      return this.sign({ ...claims, nonce: 'another-sign-in' }, this.clientId);
    }
    if (this.idTokenFlaw === 'foreign-signature') {
      const { privateKey } = await generateKeyPair('RS256');
      return this.sign({ ...claims, nonce }, this.clientId, privateKey);
    }
    return this.sign({ ...claims, nonce }, this.clientId);
  }

  private sign(
    claims: Record<string, unknown>,
    audience: string,
    key: KeyLike = this.privateKey,
  ): Promise<string> {
    return new SignJWT(claims)
      .setProtectedHeader({ alg: 'RS256', kid: 'test-key' })
      .setIssuer(this.issuer)
      .setAudience(audience)
      .setIssuedAt()
      .setExpirationTime(`${this.accessTokenLifetimeSeconds}s`)
      .sign(key);
  }
}

function json(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

async function bodyOf(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
