import { z } from 'zod';
import { CachedToken, type IssuedToken } from './cached-token';
import { type TokenSource } from './token-source';

export interface ClientCredentials {
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  scope?: string;
  timeoutMs: number;
}

/** The identity provider did not issue a token. The message never repeats a credential. */
export class ServiceTokenError extends Error {
  constructor(reason: string) {
    super(`no service token: ${reason}`);
    this.name = 'ServiceTokenError';
  }
}

// RFC 6749 section 5.1; `expires_in` is only recommended.
const tokenResponse = z.object({
  access_token: z.string().min(1),
  token_type: z.string().regex(/^bearer$/i),
  expires_in: z.coerce.number().positive().optional(),
});
const oauthError = z.object({ error: z.string().max(100) });

// A provider that does not say how long its token lives is asked again soon rather than trusted.
const UNSTATED_LIFETIME_SECONDS = 60;

/** Production: tokens from the identity provider by the OAuth 2.0 client-credentials grant. */
export function clientCredentialsTokens(
  credentials: ClientCredentials,
  refreshMarginMs: number,
): TokenSource {
  return new CachedToken(() => requestToken(credentials), refreshMarginMs);
}

async function requestToken(credentials: ClientCredentials): Promise<IssuedToken> {
  const form = new URLSearchParams({ grant_type: 'client_credentials' });
  if (credentials.scope) form.set('scope', credentials.scope);
  let response: Response;
  try {
    response = await fetch(credentials.tokenUrl, {
      method: 'POST',
      headers: {
        authorization: basicAuthorization(credentials),
        'content-type': 'application/x-www-form-urlencoded',
        accept: 'application/json',
      },
      body: form,
      signal: AbortSignal.timeout(credentials.timeoutMs),
    });
  } catch (error) {
    throw new ServiceTokenError(`the identity provider did not answer (${errorName(error)})`);
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const code = oauthError.safeParse(body);
    throw new ServiceTokenError(
      `the identity provider answered ${response.status}${code.success ? ` ${code.data.error}` : ''}`,
    );
  }
  const token = tokenResponse.safeParse(body);
  if (!token.success) throw new ServiceTokenError('the answer holds no bearer access token');
  return {
    value: token.data.access_token,
    expiresInSeconds: token.data.expires_in ?? UNSTATED_LIFETIME_SECONDS,
  };
}

// RFC 6749 section 2.3.1: id and secret are form-encoded before they are joined and base64-encoded.
function basicAuthorization({ clientId, clientSecret }: ClientCredentials): string {
  const encode = (value: string) => new URLSearchParams([['', value]]).toString().slice(1);
  return `Basic ${Buffer.from(`${encode(clientId)}:${encode(clientSecret)}`).toString('base64')}`;
}

function errorName(error: unknown): string {
  return error instanceof Error ? error.name : 'unknown error';
}
