import { serviceTokenSource, signDevelopmentToken, type TokenSource } from '@infuse/auth';
import { type AuthConfig } from '@infuse/config';
import { type CallTarget, callTargets, type CallTargets } from '@infuse/outbound-calls';
import { type AssistanceSettings } from '../assistance-settings.config';
import { type AssistanceData } from '../programmes/assistance-data';
import { programmeTarget } from './enrol-in-programme.call';

// Short-lived: a development token is signed for each call, so nothing needs caching.
const DEVELOPMENT_TOKEN_LIFETIME = '15m';

/**
 * The programme directory: each programme's enrolment endpoint under the programmes' base URL
 * (locally the payer sandbox's /programs/), each call with the programmes' bearer token.
 */
export function programmeCallTargets(
  data: AssistanceData,
  settings: AssistanceSettings,
  auth: AuthConfig,
): CallTargets {
  const tokenSource = programmeTokenSource(settings, auth);
  const base = settings.ASSISTANCE_PROGRAMMES_URL.replace(/\/$/, '');
  const table: Record<string, CallTarget> = {};
  for (const programme of data.programmes)
    table[programmeTarget(programme.id)] = { baseUrl: `${base}/${programme.id}`, tokenSource };
  return callTargets(table);
}

/**
 * Development and test sign a provider token with the shared development secret, which the
 * sandbox verifies; production asks the programmes' identity provider (client credentials,
 * cached until shortly before it expires).
 */
function programmeTokenSource(settings: AssistanceSettings, auth: AuthConfig): TokenSource {
  if (settings.NODE_ENV !== 'production')
    return {
      token: () =>
        signDevelopmentToken(
          {
            role: 'provider',
            subject: settings.ASSISTANCE_PROGRAMMES_CLIENT,
            expiresIn: DEVELOPMENT_TOKEN_LIFETIME,
          },
          auth,
        ),
      invalidate: () => undefined,
    };
  return serviceTokenSource('workers', auth, {
    NODE_ENV: 'production',
    AUTH_TOKEN_URL: settings.ASSISTANCE_PROGRAMMES_TOKEN_URL,
    AUTH_CLIENT_ID: settings.ASSISTANCE_PROGRAMMES_CLIENT_ID,
    AUTH_CLIENT_SECRET: settings.ASSISTANCE_PROGRAMMES_CLIENT_SECRET,
    AUTH_CLIENT_SCOPE: settings.ASSISTANCE_PROGRAMMES_SCOPE,
    AUTH_TOKEN_REFRESH_MARGIN_S: 60,
    AUTH_TOKEN_TIMEOUT_MS: 5_000,
  });
}
