/** The HHS poverty guidelines of one year: 100 % of the federal poverty level by household size. */
export interface PovertyGuidelines {
  readonly year: number;
  readonly source: string;
  readonly unconfirmed: boolean;
  readonly regions: Readonly<Record<PovertyRegion, PovertyLine>>;
}

export type PovertyRegion = 'contiguous' | 'alaska' | 'hawaii';

export interface PovertyLine {
  readonly firstPerson: number;
  readonly eachAdditionalPerson: number;
}

/** Alaska and Hawaii have guidelines of their own; every other state (and no known state) the 48 states'. */
export function povertyRegionOf(state: string | undefined): PovertyRegion {
  if (state === 'AK') return 'alaska';
  if (state === 'HI') return 'hawaii';
  return 'contiguous';
}

/** The annual income at 100 % of the federal poverty level for a household of this size. */
export function povertyLevelFor(
  guidelines: PovertyGuidelines,
  householdSize: number,
  state: string | undefined,
): number {
  const line = guidelines.regions[povertyRegionOf(state)];
  return line.firstPerson + (householdSize - 1) * line.eachAdditionalPerson;
}

/** A household's income as a percentage of its poverty level, to one decimal. */
export function percentOfPovertyLevel(
  guidelines: PovertyGuidelines,
  household: Household,
  state: string | undefined,
): number {
  const level = povertyLevelFor(guidelines, household.size, state);
  return Math.round((household.annualIncome / level) * 1000) / 10;
}

/** What the coordinator recorded of the patient's household. */
export interface Household {
  readonly size: number;
  readonly annualIncome: number;
}
