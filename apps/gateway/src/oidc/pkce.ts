import { createHash } from 'node:crypto';

/** PKCE (RFC 7636) S256: the challenge sent with the authorization request. */
export function codeChallengeOf(codeVerifier: string): string {
  return createHash('sha256').update(codeVerifier).digest('base64url');
}
