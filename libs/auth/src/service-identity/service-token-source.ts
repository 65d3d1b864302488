import { type AuthConfig, type ServiceIdentityConfig } from '@infuse/config';
import { type ServiceName } from '@infuse/contracts';
import { clientCredentialsTokens } from './client-credentials-token';
import { developmentServiceTokens } from './development-service-token';
import { type TokenSource } from './token-source';

/**
 * The identity a service shows when it calls another Infuse service: a self-signed development
 * token outside production, a token from the identity provider in production (where the provider
 * must issue `role: service` and `sub: <service name>`, which `@CallableBy` checks).
 */
export function serviceTokenSource(
  service: ServiceName,
  auth: AuthConfig,
  identity: ServiceIdentityConfig,
): TokenSource {
  const refreshMarginMs = identity.AUTH_TOKEN_REFRESH_MARGIN_S * 1000;
  if (identity.NODE_ENV !== 'production') {
    return developmentServiceTokens(service, auth, refreshMarginMs);
  }
  const { AUTH_TOKEN_URL, AUTH_CLIENT_ID, AUTH_CLIENT_SECRET, AUTH_CLIENT_SCOPE } = identity;
  // The section refuses to load in production without these; this only narrows the types.
  if (!AUTH_TOKEN_URL || !AUTH_CLIENT_ID || !AUTH_CLIENT_SECRET) {
    throw new Error('serviceIdentityConfig was not validated for production');
  }
  return clientCredentialsTokens(
    {
      tokenUrl: AUTH_TOKEN_URL,
      clientId: AUTH_CLIENT_ID,
      clientSecret: AUTH_CLIENT_SECRET,
      ...(AUTH_CLIENT_SCOPE ? { scope: AUTH_CLIENT_SCOPE } : {}),
      timeoutMs: identity.AUTH_TOKEN_TIMEOUT_MS,
    },
    refreshMarginMs,
  );
}
