import { REVIEW_ACTIONS } from '../../pas-vocabulary';
import { type ItemDecision } from './item-decisions';

/** Where a request stands with the payer, from the answers to its items. */
export const REQUEST_STATUSES = [
  'pended',
  'approved',
  'partial',
  'modified',
  'denied',
  'cancelled',
] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

const STATUS_OF_ACTION: Readonly<Record<string, RequestStatus>> = {
  [REVIEW_ACTIONS.certifiedInTotal]: 'approved',
  [REVIEW_ACTIONS.certifiedPartial]: 'partial',
  [REVIEW_ACTIONS.modified]: 'modified',
  [REVIEW_ACTIONS.notCertified]: 'denied',
  [REVIEW_ACTIONS.pended]: 'pended',
};

/**
 * Cancelled when every item is; otherwise pended while any item is, else the one status the
 * other items share, and partial when they differ (some certified, some not).
 */
export function requestStatusOf(decisions: readonly ItemDecision[]): RequestStatus {
  const active = decisions.filter((decision) => decision.reviewAction !== REVIEW_ACTIONS.cancelled);
  if (active.length === 0) return 'cancelled';
  const statuses = new Set(
    active.map((decision) => STATUS_OF_ACTION[decision.reviewAction] ?? 'pended'),
  );
  if (statuses.has('pended')) return 'pended';
  const [only] = statuses;
  return statuses.size === 1 && only ? only : 'partial';
}
