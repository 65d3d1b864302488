import { serviceTokenSource, signDevelopmentToken, type TokenSource } from '@infuse/auth';
import { type AuthConfig, type ServiceIdentityConfig } from '@infuse/config';
import { type Payer } from './payer-directory';

// Short-lived: a development token is signed locally for each call, so nothing needs caching.
const DEVELOPMENT_TOKEN_LIFETIME = '15m';

/**
 * Where the bearer token for one payer comes from. Development and test sign a `provider` token
 * with the shared development secret, which the payer sandbox verifies. Production asks the
 * payer's identity provider with the OAuth 2.0 client-credentials grant, through libs/auth's
 * client (which caches the token until shortly before it expires).
 */
export function payerTokenSource(
  payer: Payer,
  auth: AuthConfig,
  identity: ServiceIdentityConfig,
): TokenSource {
  const { credentials } = payer;
  if (credentials.kind === 'development-token') {
    return {
      token: () =>
        signDevelopmentToken(
          {
            role: credentials.role,
            subject: credentials.subject,
            expiresIn: DEVELOPMENT_TOKEN_LIFETIME,
          },
          auth,
        ),
      invalidate: () => undefined,
    };
  }
  return serviceTokenSource('prior-auth', auth, {
    ...identity,
    NODE_ENV: 'production',
    AUTH_TOKEN_URL: credentials.tokenUrl,
    AUTH_CLIENT_ID: credentials.clientId,
    AUTH_CLIENT_SECRET: credentials.clientSecret,
    AUTH_CLIENT_SCOPE: credentials.scope,
  });
}
