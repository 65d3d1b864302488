import { decodeJwt, type JWTPayload } from 'jose';
import { ProviderError, type TokenResponse } from './openid-provider';

/**
 * When the access token expires: `expires_in` when the provider says, else the token's own
 * `exp` when it is a JWT, else the ID token's. Never later than that: the session goes with it.
 */
export function accessTokenExpiry(
  tokens: TokenResponse,
  idClaims: JWTPayload | undefined,
  now: Date,
): Date {
  if (tokens.expires_in !== undefined) return new Date(now.getTime() + tokens.expires_in * 1000);
  const exp = expOf(tokens.access_token) ?? idClaims?.exp;
  if (exp === undefined) {
    throw new ProviderError(
      'unreachable',
      'the provider says nothing of when the access token expires',
    );
  }
  return new Date(exp * 1000);
}

function expOf(token: string): number | undefined {
  try {
    return decodeJwt(token).exp;
  } catch {
    // An opaque access token: only the provider knows what it holds.
    return undefined;
  }
}
