import { PAS_PROFILES } from '../../pas-vocabulary';

/** The two PAS operations a payer answers with a Bundle: `Claim/$submit` and `Claim/$inquire`. */
export type PasOperation = 'submit' | 'inquire';

/** What each operation takes [PAS-OP]: the Bundle's profile and its first entry's profiles. */
export const OPERATION_INPUT: Record<
  PasOperation,
  {
    bundleProfile: string;
    claimProfiles: readonly string[];
    maxClaims: number;
    itemsRequired: boolean;
  }
> = {
  // An update carries the Claim it replaces as well (profile-pas-request-bundle: Claim 1..2).
  submit: {
    bundleProfile: PAS_PROFILES.requestBundle,
    claimProfiles: [PAS_PROFILES.claim, PAS_PROFILES.claimUpdate],
    maxClaims: 2,
    itemsRequired: true,
  },
  // A query by example: it may name no item at all.
  inquire: {
    bundleProfile: PAS_PROFILES.inquiryRequestBundle,
    claimProfiles: [PAS_PROFILES.claimInquiry],
    maxClaims: 1,
    itemsRequired: false,
  },
};
