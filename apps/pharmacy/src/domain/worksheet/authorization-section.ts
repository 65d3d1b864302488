import {
  checkDispenseAgainstAuthorization,
  type ClinicalSettings,
  type IsoDate,
} from '@infuse/clinical';
import { type AuthorizationGrant } from '../authorization-grant';
import { type AuthorizationSection } from './worksheet';

/** An authorization and the units other doses have already used of it. */
export interface AuthorizationBalance {
  readonly grant: AuthorizationGrant;
  readonly usedUnits: number;
}

/**
 * Rule 24: the units authorized, used and left, and what would block releasing this dose on its
 * first administration date (the clinical library's EXCEEDS_AUTHORIZED_UNITS,
 * OUTSIDE_AUTHORIZED_PERIOD, HCPCS_NOT_AUTHORIZED).
 */
export function authorizationSection(
  balance: AuthorizationBalance,
  dose: { productId: string; dispensedGrams: number; administrationDates: readonly IsoDate[] },
  settings: ClinicalSettings,
): AuthorizationSection {
  const { grant, usedUnits } = balance;
  const authorization = {
    authorizedUnits: grant.authorizedUnits,
    hcpcs: grant.hcpcs,
    periodStart: grant.periodStart,
    periodEnd: grant.periodEnd,
    unitsDispensedInPeriod: usedUnits,
  };
  // Every infusion day of the cycle must fall in the period, the last one included.
  const checks = dose.administrationDates.map((dispenseDate) =>
    checkDispenseAgainstAuthorization(
      {
        productId: dose.productId,
        dispenseGrams: dose.dispensedGrams,
        dispenseDate,
        authorization,
      },
      settings,
    ),
  );
  const [first] = checks;
  const blockers = new Map<string, string>();
  for (const check of checks)
    for (const issue of check.issues)
      if (!blockers.has(issue.code)) blockers.set(issue.code, issue.message);
  return {
    authorizationId: grant.authorizationId,
    authorizationNumber: grant.authorizationNumber,
    hcpcs: grant.hcpcs,
    periodStart: grant.periodStart,
    periodEnd: grant.periodEnd,
    authorizedUnits: grant.authorizedUnits,
    usedUnits,
    remainingUnits: grant.authorizedUnits - usedUnits,
    remainingAfterThisDose: first?.remainingUnits ?? grant.authorizedUnits - usedUnits,
    releaseBlockers: [...blockers].map(([code, message]) => ({ code, message })),
  };
}
