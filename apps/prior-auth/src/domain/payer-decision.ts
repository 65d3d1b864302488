import { type PasAnswer, type PasError, type PasItemDecision } from '@infuse/pas';

/** The item every request sends: one product over the period (PasRequestInput.item). */
export const REQUEST_ITEM_SEQUENCE = 1;

export interface Approval {
  outcome: 'certified' | 'partial' | 'modified';
  authorizationNumber: string;
  periodStart: string;
  periodEnd: string;
  authorizedUnits: number;
}

export interface DenialReason {
  code: string;
  display?: string;
}

/** What a payer's answer means for the request, in prior-auth's terms. */
export type PayerDecision =
  | ({ kind: 'approved'; reviewActionCode: string } & Approval)
  | { kind: 'denied'; reviewActionCode: string; reasons: DenialReason[] }
  | { kind: 'pended'; reviewActionCode: string }
  | { kind: 'needs-review'; reviewActionCode: string | null; reason: string }
  | { kind: 'failed'; errors: PasError[] };

/** What was asked, to read the answer against. */
export interface SentItem {
  requestedUnits: number;
  periodStart: string;
  periodEnd: string;
}

const APPROVAL_OUTCOME = {
  certified: 'certified',
  partial: 'partial',
  modified: 'modified',
} as const;

/**
 * Reads a payer's answer against what was sent (rule 22): A1 approved, A2 partial and A6 modified
 * (approved with what was authorized), A3 denied with its reasons, A4 pended; any other review
 * action, or an answer about items never sent, is for a coordinator to read. A refused bundle
 * (an OperationOutcome or ClaimResponse.error) is a failed submission, not a denial.
 */
export function decisionOf(answer: PasAnswer, sent: SentItem): PayerDecision {
  if (answer.kind === 'error') {
    return {
      kind: 'failed',
      errors:
        answer.errors.length > 0
          ? [...answer.errors]
          : [{ message: 'The payer refused the request without saying why.' }],
    };
  }
  const stray = answer.items.find((item) => item.sequence !== REQUEST_ITEM_SEQUENCE);
  if (stray)
    return needsReview(
      stray.reviewActionCode,
      `the payer answered for item ${stray.sequence}, which was not sent`,
    );
  const item = answer.items.find((candidate) => candidate.sequence === REQUEST_ITEM_SEQUENCE);
  if (!item) return needsReview(null, 'the payer answered without a decision on the item sent');
  switch (item.status) {
    case 'certified':
    case 'partial':
    case 'modified':
      return approvalOf(item, item.status, answer, sent);
    case 'denied':
      return {
        kind: 'denied',
        reviewActionCode: item.reviewActionCode,
        reasons: [...item.reasonCodes],
      };
    case 'pended':
      return { kind: 'pended', reviewActionCode: item.reviewActionCode };
    case 'unknown':
      return needsReview(
        item.reviewActionCode,
        `the payer answered with review action ${item.reviewActionCode}`,
      );
  }
}

function approvalOf(
  item: PasItemDecision,
  status: keyof typeof APPROVAL_OUTCOME,
  answer: Extract<PasAnswer, { kind: 'adjudicated' }>,
  sent: SentItem,
): PayerDecision {
  const authorizationNumber = item.authorizationNumber ?? answer.preAuthRef;
  if (!authorizationNumber)
    return needsReview(item.reviewActionCode, 'the payer approved without an authorization number');
  const period = item.period ?? answer.preAuthPeriod;
  // A payer certifying in total may leave the quantity implied: what was asked for. One that
  // certifies in part or modifies must say what it authorized.
  const units =
    item.authorizedQuantity ?? (status === 'certified' ? sent.requestedUnits : undefined);
  if (units === undefined)
    return needsReview(
      item.reviewActionCode,
      'the payer approved in part without saying how many units',
    );
  if (!Number.isInteger(units) || units <= 0)
    return needsReview(item.reviewActionCode, `the payer authorized ${units} units`);
  const periodStart = period?.start ?? sent.periodStart;
  const periodEnd = period?.end ?? sent.periodEnd;
  if (periodEnd < periodStart)
    return needsReview(
      item.reviewActionCode,
      `the payer authorized a period ending before it starts`,
    );
  return {
    kind: 'approved',
    reviewActionCode: item.reviewActionCode,
    outcome: APPROVAL_OUTCOME[status],
    authorizationNumber,
    periodStart,
    periodEnd,
    authorizedUnits: units,
  };
}

function needsReview(reviewActionCode: string | null, reason: string): PayerDecision {
  return { kind: 'needs-review', reviewActionCode, reason };
}

/** What a decision says in one phrase, for the exchange log: `A1 approved`, `refused`. */
export function describeDecision(decision: PayerDecision): string {
  switch (decision.kind) {
    case 'approved':
      return `${decision.reviewActionCode} ${decision.outcome === 'certified' ? 'approved' : decision.outcome}`;
    case 'denied':
      return `${decision.reviewActionCode} denied`;
    case 'pended':
      return `${decision.reviewActionCode} pended`;
    case 'needs-review':
      return `${decision.reviewActionCode ?? 'no review action'}: needs review`;
    case 'failed':
      return 'refused';
  }
}

/** What was asked, from the request's therapy. */
export function sentItemOf(therapy: {
  requestedUnits: number;
  periodStart: string;
  periodEnd: string;
}): SentItem {
  return {
    requestedUnits: therapy.requestedUnits,
    periodStart: therapy.periodStart,
    periodEnd: therapy.periodEnd,
  };
}
