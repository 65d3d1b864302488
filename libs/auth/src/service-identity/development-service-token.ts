import { type AuthConfig } from '@infuse/config';
import { type ServiceName } from '@infuse/contracts';
import { signDevelopmentToken } from '../jwt/development-token';
import { CachedToken } from './cached-token';
import { type TokenSource } from './token-source';

const LIFETIME_SECONDS = 15 * 60;

/**
 * Development and test: the service signs its own HS256 token (role `service`, `sub` = its name)
 * with the shared development secret, which every other service verifies.
 */
export function developmentServiceTokens(
  service: ServiceName,
  auth: Pick<AuthConfig, 'AUTH_JWT_SECRET' | 'AUTH_ISSUER' | 'AUTH_AUDIENCE'>,
  refreshMarginMs: number,
): TokenSource {
  return new CachedToken(
    async () => ({
      value: await signDevelopmentToken(
        { role: 'service', subject: service, expiresIn: `${LIFETIME_SECONDS}s` },
        auth,
      ),
      expiresInSeconds: LIFETIME_SECONDS,
    }),
    refreshMarginMs,
  );
}
