import { type IsoDate } from '@infuse/clinical';

/** An approved authorization as pharmacy dispenses against it. */
export interface AuthorizationGrant {
  readonly authorizationId: string;
  readonly referralId: string;
  readonly patientId: string;
  readonly payerId: string;
  readonly kind: 'initial' | 'reauthorization' | 'update';
  readonly authorizationNumber: string;
  readonly periodStart: IsoDate;
  /** Last day covered (inclusive). */
  readonly periodEnd: IsoDate;
  readonly hcpcs: string;
  readonly authorizedUnits: number;
  readonly decidedAt: string;
}

/** Whether a grant covers a day. */
export function covers(grant: AuthorizationGrant, date: IsoDate): boolean {
  return grant.periodStart <= date && date <= grant.periodEnd;
}

/**
 * The grant a dose on `date` is dispensed against: one covering the date with the product's
 * code, else one covering the date (its code is then not the authorized one), else the latest,
 * so the release check can say why it is not covered. Undefined when there is no grant at all.
 */
export function grantFor(
  grants: readonly AuthorizationGrant[],
  date: IsoDate,
  hcpcs?: string,
): AuthorizationGrant | undefined {
  const covering = grants.filter((grant) => covers(grant, date));
  // The most recent decision wins among equals: an update supersedes what it revises.
  const latest = (candidates: readonly AuthorizationGrant[]) =>
    [...candidates].sort((a, b) => b.decidedAt.localeCompare(a.decidedAt))[0];
  return (
    (hcpcs ? latest(covering.filter((grant) => grant.hcpcs === hcpcs)) : undefined) ??
    latest(covering) ??
    latest(grants)
  );
}
