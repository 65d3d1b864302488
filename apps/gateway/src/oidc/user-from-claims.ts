import { type JWTPayload } from 'jose';
import { type EnabledOidcSettings } from '../settings/oidc-settings.config';
import { CONSOLE_ROLES, isConsoleRole, type SignedInUser } from '../sessions/signed-in-user';

export type ClaimsVerdict = { user: SignedInUser } | { refusal: string };

/**
 * Who signed in, from the ID token's claims under the names the settings give. The role is a
 * string, or a list holding exactly one console role (providers that give every group); a
 * payer must name the health plan they review for.
 */
export function userFromClaims(
  claims: JWTPayload,
  settings: Pick<
    EnabledOidcSettings,
    'OIDC_SUBJECT_CLAIM' | 'OIDC_ROLE_CLAIM' | 'OIDC_PAYER_ID_CLAIM' | 'OIDC_NAME_CLAIM'
  >,
): ClaimsVerdict {
  const subject = claims[settings.OIDC_SUBJECT_CLAIM];
  if (typeof subject !== 'string' || subject.length === 0) {
    return { refusal: `the ID token has no ${settings.OIDC_SUBJECT_CLAIM} claim` };
  }
  const role = roleOf(claims[settings.OIDC_ROLE_CLAIM]);
  if (!role) {
    return {
      refusal: `the ID token's ${settings.OIDC_ROLE_CLAIM} claim names none of the console's roles (${CONSOLE_ROLES.join(', ')})`,
    };
  }
  const payerId = claims[settings.OIDC_PAYER_ID_CLAIM];
  const name = claims[settings.OIDC_NAME_CLAIM];
  const displayName = typeof name === 'string' && name.length > 0 ? name : subject;
  if (role !== 'payer') return { user: { subject, role, displayName } };
  if (typeof payerId !== 'string' || payerId.length === 0) {
    return { refusal: `a payer's ID token needs a ${settings.OIDC_PAYER_ID_CLAIM} claim` };
  }
  return { user: { subject, role, payerId, displayName } };
}

function roleOf(claim: unknown): SignedInUser['role'] | undefined {
  if (isConsoleRole(claim)) return claim;
  if (!Array.isArray(claim)) return undefined;
  const roles = claim.filter(isConsoleRole);
  return roles.length === 1 ? roles[0] : undefined;
}
