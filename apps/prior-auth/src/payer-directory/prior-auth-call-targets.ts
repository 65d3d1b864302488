import { type TokenSource } from '@infuse/auth';
import { type AuthConfig, type ServiceIdentityConfig } from '@infuse/config';
import { type CallTarget, callTargets, type CallTargets } from '@infuse/outbound-calls';
import { type PayerDirectory } from './payer-directory';
import { payerTokenSource } from './payer-token-source';

/** The referrals service, read with prior-auth's own service identity. */
export const REFERRALS_TARGET = 'referrals';

/** A payer's PAS endpoint, by payer id: `payer:acme-health`. */
export function payerTarget(payerId: string): string {
  return `payer:${payerId}`;
}

/**
 * Every system prior-auth calls, by the name its recorded calls store: the referrals service and
 * each payer of the directory with its own credentials.
 */
export function priorAuthCallTargets(
  directory: PayerDirectory,
  referralsUrl: string,
  serviceTokens: TokenSource,
  auth: AuthConfig,
  identity: ServiceIdentityConfig,
): CallTargets {
  const table: Record<string, CallTarget> = {
    [REFERRALS_TARGET]: { baseUrl: referralsUrl, tokenSource: serviceTokens },
  };
  for (const payer of directory.all())
    table[payerTarget(payer.id)] = {
      baseUrl: payer.pasBaseUrl,
      tokenSource: payerTokenSource(payer, auth, identity),
    };
  return callTargets(table);
}
