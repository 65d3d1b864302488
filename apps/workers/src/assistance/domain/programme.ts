import { type ProgrammeKind } from '@infuse/contracts';

/** A programme's terms, as the programmes file gives them. */
export interface Programme {
  readonly id: string;
  readonly name: string;
  readonly kind: ProgrammeKind;
  /** The maker whose products a manufacturer programme covers, spelt as the clinical catalogue does. */
  readonly manufacturer?: string;
  /** A foundation fund takes new patients only while it is open [HWF]. */
  readonly open?: boolean;
  /** Household income at or under this percentage of the federal poverty level qualifies. */
  readonly incomeLimitPercentOfPovertyLevel?: number;
  /** A disease fund covers these ICD-10 codes and their children; absent, every diagnosis. */
  readonly diagnosisCodePrefixes?: readonly string[];
  readonly sources: readonly string[];
}

/** Enrolment prefers a maker's copay card, then a foundation, then free drug: a card can't be combined with foundation help [CSL1]. */
export const PROGRAMME_PREFERENCE: readonly ProgrammeKind[] = [
  'manufacturer_copay',
  'foundation',
  'free_drug',
];

export function isIncomeTested(programme: Programme): boolean {
  return programme.incomeLimitPercentOfPovertyLevel !== undefined;
}
