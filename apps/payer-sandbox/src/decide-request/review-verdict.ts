import { type RequestedItem, type Verdict } from '@infuse/pas';
import { type ReviewDecision } from '../domain/authorization-request';
import { RequestError } from '../domain/request.errors';

/**
 * A reviewer's decision as a verdict on the request's items. A partial approval grants fewer
 * units than every item still asked for; a request whose items name no quantity cannot be
 * approved in part.
 */
export function verdictOfDecision(
  decision: ReviewDecision,
  items: readonly RequestedItem[],
): Verdict {
  switch (decision.decision) {
    case 'approve':
      return {
        kind: 'certify',
        ...(decision.units !== undefined ? { units: decision.units } : {}),
        ...(decision.period ? { period: decision.period } : {}),
      };
    case 'partial': {
      const units = decision.units ?? 0;
      const asked = items.filter((item) => !item.cancelled).map((item) => item.quantity);
      if (asked.some((quantity) => quantity === undefined))
        throw new RequestError(
          'REQUEST.NO_UNITS_REQUESTED',
          'The request names no quantity to approve in part.',
        );
      const fewest = Math.min(...asked.map((quantity) => quantity ?? 0));
      if (units >= fewest)
        throw new RequestError(
          'REQUEST.UNITS_NOT_FEWER',
          `A partial approval grants fewer units than the ${fewest} requested.`,
          { requested: fewest },
        );
      return { kind: 'partial', units, ...(decision.period ? { period: decision.period } : {}) };
    }
    case 'deny':
      return { kind: 'deny', reasonCode: decision.reasonCode ?? { code: '' } };
    case 'pend':
      return { kind: 'pend' };
  }
}
