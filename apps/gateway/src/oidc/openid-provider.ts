import { createRemoteJWKSet, type JWTPayload, jwtVerify } from 'jose';
import { z } from 'zod';
import { type EnabledOidcSettings } from '../settings/oidc-settings.config';
import { codeChallengeOf } from './pkce';
import { type SignInAttempt } from './sign-in-attempts';

const providerMetadata = z.object({
  issuer: z.string(),
  authorization_endpoint: z.url(),
  token_endpoint: z.url(),
  jwks_uri: z.url(),
  token_endpoint_auth_methods_supported: z.array(z.string()).optional(),
  code_challenge_methods_supported: z.array(z.string()).optional(),
});
type ProviderMetadata = z.infer<typeof providerMetadata>;

const tokenResponse = z.object({
  access_token: z.string().min(1),
  token_type: z.string().refine((type) => type.toLowerCase() === 'bearer', 'expected Bearer'),
  expires_in: z.coerce.number().positive().optional(),
  refresh_token: z.string().min(1).optional(),
  id_token: z.string().min(1).optional(),
});
export type TokenResponse = z.infer<typeof tokenResponse>;

/** The provider refused, or could not be asked: `refused` is the person's to retry, not ours. */
export class ProviderError extends Error {
  constructor(
    readonly kind: 'refused' | 'unreachable',
    message: string,
  ) {
    super(message);
    this.name = 'ProviderError';
  }
}

/**
 * The identity provider as OpenID Connect describes it: discovery, the authorization request
 * with PKCE (S256), the token endpoint, and ID tokens verified against its published keys.
 */
export class OpenIdProvider {
  private metadata?: Promise<ProviderMetadata>;
  private keys?: ReturnType<typeof createRemoteJWKSet>;

  constructor(private readonly settings: EnabledOidcSettings) {}

  async authorizationUrl(attempt: SignInAttempt): Promise<URL> {
    const metadata = await this.discover();
    const url = new URL(metadata.authorization_endpoint);
    url.searchParams.set('response_type', 'code');
    url.searchParams.set('client_id', this.settings.OIDC_CLIENT_ID);
    url.searchParams.set('redirect_uri', this.settings.OIDC_REDIRECT_URL);
    url.searchParams.set('scope', this.settings.OIDC_SCOPES);
    url.searchParams.set('state', attempt.state);
    url.searchParams.set('nonce', attempt.nonce);
    url.searchParams.set('code_challenge', codeChallengeOf(attempt.codeVerifier));
    url.searchParams.set('code_challenge_method', 'S256');
    return url;
  }

  /** Trades the authorization code for tokens; the ID token is verified by the caller. */
  exchangeCode(code: string, codeVerifier: string): Promise<TokenResponse> {
    return this.tokenRequest({
      grant_type: 'authorization_code',
      code,
      redirect_uri: this.settings.OIDC_REDIRECT_URL,
      code_verifier: codeVerifier,
    });
  }

  renew(refreshToken: string): Promise<TokenResponse> {
    return this.tokenRequest({ grant_type: 'refresh_token', refresh_token: refreshToken });
  }

  /** The ID token's claims once its signature, issuer, audience, expiry and nonce check out. */
  async verifyIdToken(idToken: string, nonce: string): Promise<JWTPayload> {
    const metadata = await this.discover();
    this.keys ??= createRemoteJWKSet(new URL(metadata.jwks_uri), {
      timeoutDuration: this.settings.OIDC_TIMEOUT_MS,
    });
    let claims: JWTPayload;
    try {
      ({ payload: claims } = await jwtVerify(idToken, this.keys, {
        issuer: metadata.issuer,
        audience: this.settings.OIDC_CLIENT_ID,
      }));
    } catch (error) {
      throw new ProviderError(
        isTokenVerdict(error) ? 'refused' : 'unreachable',
        `the ID token could not be verified: ${messageOf(error)}`,
      );
    }
    if (claims['nonce'] !== nonce) {
      throw new ProviderError('refused', 'the ID token belongs to another sign-in (nonce)');
    }
    return claims;
  }

  private async tokenRequest(grant: Record<string, string>): Promise<TokenResponse> {
    const metadata = await this.discover();
    const body = new URLSearchParams(grant);
    const headers: Record<string, string> = {
      'content-type': 'application/x-www-form-urlencoded',
      accept: 'application/json',
    };
    const secret = this.settings.OIDC_CLIENT_SECRET;
    const methods = metadata.token_endpoint_auth_methods_supported;
    if (secret && (!methods || methods.includes('client_secret_basic'))) {
      // RFC 6749 §2.3.1: both form-encoded before the Basic encoding.
      const credentials = `${encodeURIComponent(this.settings.OIDC_CLIENT_ID)}:${encodeURIComponent(secret)}`;
      headers['authorization'] = `Basic ${Buffer.from(credentials).toString('base64')}`;
    } else {
      body.set('client_id', this.settings.OIDC_CLIENT_ID);
      if (secret) body.set('client_secret', secret);
    }
    const response = await this.call(metadata.token_endpoint, { method: 'POST', headers, body });
    const answer: unknown = await response.json().catch(() => undefined);
    if (!response.ok) {
      const error = z.object({ error: z.string() }).safeParse(answer);
      const reason = error.success ? error.data.error : `status ${response.status}`;
      throw new ProviderError(
        response.status < 500 ? 'refused' : 'unreachable',
        `the token endpoint refused: ${reason}`,
      );
    }
    const tokens = tokenResponse.safeParse(answer);
    if (!tokens.success) {
      throw new ProviderError('unreachable', 'the token endpoint answered no usable tokens');
    }
    return tokens.data;
  }

  private discover(): Promise<ProviderMetadata> {
    this.metadata ??= this.fetchMetadata().catch((error: unknown) => {
      // Asked again next time: the provider may be back.
      this.metadata = undefined;
      throw error;
    });
    return this.metadata;
  }

  private async fetchMetadata(): Promise<ProviderMetadata> {
    const issuer = this.settings.OIDC_ISSUER;
    const url = `${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`;
    const response = await this.call(url, { headers: { accept: 'application/json' } });
    const metadata = providerMetadata.safeParse(await response.json().catch(() => undefined));
    if (!response.ok || !metadata.success) {
      throw new ProviderError('unreachable', `discovery at ${url} answered no usable metadata`);
    }
    if (metadata.data.issuer !== issuer) {
      throw new ProviderError(
        'unreachable',
        `discovery names issuer ${metadata.data.issuer}, not ${issuer}`,
      );
    }
    const challenges = metadata.data.code_challenge_methods_supported;
    if (challenges && !challenges.includes('S256')) {
      throw new ProviderError('unreachable', 'the provider does not support PKCE with S256');
    }
    return metadata.data;
  }

  private async call(url: string, init: RequestInit): Promise<Response> {
    try {
      return await fetch(url, {
        ...init,
        signal: AbortSignal.timeout(this.settings.OIDC_TIMEOUT_MS),
      });
    } catch (error) {
      throw new ProviderError(
        'unreachable',
        `${new URL(url).origin} did not answer: ${messageOf(error)}`,
      );
    }
  }
}

/** jose's verdict on the token itself (expired, wrong audience...), not on reaching the keys. */
function isTokenVerdict(error: unknown): boolean {
  const code = (error as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' && code.startsWith('ERR_J') && code !== 'ERR_JWKS_TIMEOUT';
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
