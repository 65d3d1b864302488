import { addDays, addMonths } from '@infuse/clinical';
import { REVIEW_ACTIONS } from '../../pas-vocabulary';
import { type DatePeriod, type ProductOrService, type RequestedItem } from '../facts/item-facts';
import { type Determination, type ReasonCode } from './payer-rule';

/** The answer to one item: its X12 306 review action and, when certified, what is authorized. */
export interface ItemDecision {
  /** Echoes the request's item sequence [PAS-SPEC]. */
  readonly sequence: number;
  readonly reviewAction: string;
  readonly productOrService: ProductOrService;
  readonly requestedPeriod?: DatePeriod;
  /** The authorized period, for a certified item. */
  readonly period?: DatePeriod;
  /** The authorized units, for a certified item that asked for a quantity. */
  readonly quantity?: number;
  readonly reasonCode?: ReasonCode;
}

/**
 * A verdict on a request: from a payer's rule or a reviewer. `units` and `period` are what a
 * reviewer grants when it differs from what was asked.
 */
export type Verdict =
  | { readonly kind: 'certify'; readonly units?: number; readonly period?: DatePeriod }
  | { readonly kind: 'partial'; readonly units: number; readonly period?: DatePeriod }
  | { readonly kind: 'deny'; readonly reasonCode: ReasonCode }
  | { readonly kind: 'pend' };

export interface AuthorizationTerms {
  /** How long an authorization lasts when the request gives no period, and at most. */
  readonly validityMonths: number;
  /** YYYY-MM-DD in the payer's zone: the issue date. */
  readonly today: string;
}

/**
 * Applies a verdict to each item. A cancelled item is answered cancelled whatever the verdict.
 * A certified item gets the requested period, else `validityMonths` from today, never longer
 * than `validityMonths` (a shortened period is A6, modified); the reviewer's units or period,
 * when they differ from the request, make it A6 as well; a partial verdict is A2.
 */
export function decideItems(
  items: readonly RequestedItem[],
  verdict: Verdict,
  terms: AuthorizationTerms,
): ItemDecision[] {
  return items.map((item) => {
    const base = {
      sequence: item.sequence,
      productOrService: item.productOrService,
      ...(item.period ? { requestedPeriod: item.period } : {}),
    };
    if (item.cancelled) return { ...base, reviewAction: REVIEW_ACTIONS.cancelled };
    switch (verdict.kind) {
      case 'pend':
        return { ...base, reviewAction: REVIEW_ACTIONS.pended };
      case 'deny':
        return {
          ...base,
          reviewAction: REVIEW_ACTIONS.notCertified,
          reasonCode: verdict.reasonCode,
        };
      case 'certify':
      case 'partial': {
        const { period, shortened } = authorizedPeriod(item, verdict.period, terms);
        const quantity = verdict.units ?? item.quantity;
        const changed =
          shortened ||
          (verdict.period !== undefined && !samePeriod(verdict.period, item.period)) ||
          (verdict.units !== undefined && verdict.units !== item.quantity);
        const reviewAction =
          verdict.kind === 'partial'
            ? REVIEW_ACTIONS.certifiedPartial
            : changed
              ? REVIEW_ACTIONS.modified
              : REVIEW_ACTIONS.certifiedInTotal;
        return { ...base, reviewAction, period, ...(quantity !== undefined ? { quantity } : {}) };
      }
    }
  });
}

function authorizedPeriod(
  item: RequestedItem,
  granted: DatePeriod | undefined,
  terms: AuthorizationTerms,
): { period: DatePeriod; shortened: boolean } {
  if (granted) return { period: granted, shortened: false };
  const start = item.period?.start ?? terms.today;
  const longest = addDays(addMonths(start, terms.validityMonths), -1);
  const end = item.period && item.period.end <= longest ? item.period.end : longest;
  return {
    period: { start, end },
    shortened: item.period !== undefined && end !== item.period.end,
  };
}

function samePeriod(a: DatePeriod, b: DatePeriod | undefined): boolean {
  return b !== undefined && a.start === b.start && a.end === b.end;
}

/** Turns a rule's determination into a verdict. */
export function verdictOf(determination: Determination): Verdict {
  switch (determination.outcome) {
    case 'certify':
      return { kind: 'certify' };
    case 'pend':
      return { kind: 'pend' };
    case 'deny':
      return { kind: 'deny', reasonCode: determination.reasonCode };
  }
}
