import { signDevelopmentToken } from '@infuse/auth';
import { type AuthConfig } from '@infuse/config';
import { type CallTarget, callTargets, type CallTargets } from '@infuse/outbound-calls';
import { type AssistanceSettings } from '../assistance-settings.config';
import { type AssistanceData } from '../programmes/assistance-data';
import { programmeTarget } from './enrol-in-programme.call';

// Short-lived: a development token is signed for each call, so nothing needs caching.
const DEVELOPMENT_TOKEN_LIFETIME = '15m';

/**
 * The programme directory: each programme's enrolment endpoint under the programmes' base URL
 * (locally the payer sandbox's /programs/), called with a provider token the sandbox verifies.
 */
export function programmeCallTargets(
  data: AssistanceData,
  settings: AssistanceSettings,
  auth: AuthConfig,
): CallTargets {
  const tokenSource = {
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
  const base = settings.ASSISTANCE_PROGRAMMES_URL.replace(/\/$/, '');
  const table: Record<string, CallTarget> = {};
  for (const programme of data.programmes)
    table[programmeTarget(programme.id)] = { baseUrl: `${base}/${programme.id}`, tokenSource };
  return callTargets(table);
}
