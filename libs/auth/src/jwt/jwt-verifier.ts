import { type AuthConfig } from '@infuse/config';
import { createRemoteJWKSet, errors, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { type Principal } from '../principal';
import { InvalidTokenError } from './invalid-token.error';
import { type InfuseClaims, principalFromClaims } from './token-claims';

/**
 * Verifies bearer tokens: RS256 against the identity provider's JWKS when one is configured
 * (production), otherwise HS256 with the shared development secret.
 */
export class JwtVerifier {
  private readonly key: Uint8Array | JWTVerifyGetKey;
  private readonly algorithms: string[];

  constructor(private readonly config: AuthConfig) {
    if (config.AUTH_JWKS_URL) {
      this.key = createRemoteJWKSet(new URL(config.AUTH_JWKS_URL));
      this.algorithms = ['RS256'];
    } else {
      this.key = new TextEncoder().encode(config.AUTH_JWT_SECRET);
      this.algorithms = ['HS256'];
    }
  }

  async verify(token: string): Promise<Principal> {
    try {
      const options = {
        issuer: this.config.AUTH_ISSUER,
        audience: this.config.AUTH_AUDIENCE,
        algorithms: this.algorithms,
        // A token without an expiry would be valid for ever.
        requiredClaims: ['exp', 'sub'],
      };
      const { payload } =
        this.key instanceof Uint8Array
          ? await jwtVerify<InfuseClaims>(token, this.key, options)
          : await jwtVerify<InfuseClaims>(token, this.key, options);
      return principalFromClaims(payload);
    } catch (error) {
      if (error instanceof InvalidTokenError) throw error;
      if (error instanceof errors.JOSEError) throw new InvalidTokenError(error.code);
      throw error;
    }
  }
}
