/**
 * Where a request stands with its payer (domain reference 5e): opened (`requested`), received by
 * the payer (`submitted`), held for review (`pended`), decided, appealed, or needing a person.
 */
export const AUTHORIZATION_STATUSES = [
  'requested',
  'submitted',
  'pended',
  'approved',
  'partially_approved',
  'modified',
  'denied',
  'appealed',
  'needs_review',
  'submission_failed',
  'cancelled',
  'expired',
] as const;
export type AuthorizationStatus = (typeof AUTHORIZATION_STATUSES)[number];

/** The payer certified the therapy, in total, in part or modified: pharmacy can dispense. */
export const APPROVED_STATUSES = ['approved', 'partially_approved', 'modified'] as const;
export type ApprovedStatus = (typeof APPROVED_STATUSES)[number];

const DECIDED_BY_PAYER = [...APPROVED_STATUSES, 'denied', 'pended', 'needs_review'] as const;

// Every move the lifecycle allows. A payer's answer moves `requested` through `submitted` to its
// decision in one step; a resubmission moves a request back to `requested`.
const TRANSITIONS: Record<AuthorizationStatus, readonly AuthorizationStatus[]> = {
  requested: ['submitted', 'needs_review', 'submission_failed', 'cancelled'],
  submitted: [...DECIDED_BY_PAYER, 'cancelled'],
  pended: [...DECIDED_BY_PAYER, 'requested', 'cancelled'],
  appealed: [...DECIDED_BY_PAYER, 'requested', 'cancelled'],
  needs_review: [...DECIDED_BY_PAYER, 'requested', 'cancelled'],
  submission_failed: ['requested', 'cancelled'],
  approved: ['expired', 'cancelled'],
  partially_approved: ['expired', 'cancelled'],
  modified: ['expired', 'cancelled'],
  denied: ['appealed'],
  cancelled: [],
  expired: [],
};

export function canMove(from: AuthorizationStatus, to: AuthorizationStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

export function isApproved(status: AuthorizationStatus): status is ApprovedStatus {
  return (APPROVED_STATUSES as readonly string[]).includes(status);
}

/** A payer's later answer (a notification, an inquiry) is awaited: it may change the request. */
export function awaitsPayerDecision(status: AuthorizationStatus): boolean {
  return status === 'pended' || status === 'appealed' || status === 'needs_review';
}

/** Sent, or being sent, and not yet closed: new documents and labs are worth flagging. */
export function mayUseNewInformation(status: AuthorizationStatus): boolean {
  return [
    'requested',
    'submitted',
    'pended',
    'appealed',
    'needs_review',
    'submission_failed',
    'denied',
  ].includes(status);
}
