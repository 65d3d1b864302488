// The decision on an item, from its X12 306 review action code and nothing else: PAS puts the
// decision there [PAS-SPEC "Prior Authorization Response"], and ClaimResponse.outcome says only
// whether processing finished (a pended answer is still "complete" in the IG's example [PAS-EX]).
import { REVIEW_ACTIONS } from '../pas-vocabulary';
import type { PasItemDecision } from './pas-decision';

const STATUS_BY_CODE: Readonly<Record<string, PasItemDecision['status']>> = {
  [REVIEW_ACTIONS.certifiedInTotal]: 'certified',
  [REVIEW_ACTIONS.certifiedPartial]: 'partial',
  [REVIEW_ACTIONS.notCertified]: 'denied',
  [REVIEW_ACTIONS.pended]: 'pended',
  [REVIEW_ACTIONS.modified]: 'modified',
};

/**
 * A1 certified, A2 partial, A3 denied, A4 pended, A6 modified (domain reference rule 22); any
 * other code (C cancelled, CT contact payer, NA no action required [HCR]) is 'unknown' and kept
 * as sent, for a coordinator to read.
 */
export function statusOfReviewAction(code: string): PasItemDecision['status'] {
  return STATUS_BY_CODE[code] ?? 'unknown';
}
