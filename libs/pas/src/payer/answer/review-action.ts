import type { ClaimResponseItem, Extension } from 'fhir/r4';
import { CODE_SYSTEMS, PAS_EXTENSIONS, REVIEW_ACTIONS } from '../../pas-vocabulary';
import { type ItemDecision } from '../rules/item-decisions';

const DISPLAYS: Readonly<Record<string, string>> = {
  [REVIEW_ACTIONS.certifiedInTotal]: 'Certified in total',
  [REVIEW_ACTIONS.certifiedPartial]: 'Certified - partial',
  [REVIEW_ACTIONS.notCertified]: 'Not Certified',
  [REVIEW_ACTIONS.pended]: 'Pending',
  [REVIEW_ACTIONS.modified]: 'Modified',
  [REVIEW_ACTIONS.cancelled]: 'Cancelled',
};

const CERTIFIED: ReadonlySet<string> = new Set([
  REVIEW_ACTIONS.certifiedInTotal,
  REVIEW_ACTIONS.certifiedPartial,
  REVIEW_ACTIONS.modified,
]);

/** Whether the item's answer authorizes something (A1, A2 or A6). */
export function isCertified(decision: ItemDecision): boolean {
  return CERTIFIED.has(decision.reviewAction);
}

/**
 * One ClaimResponse item as PAS answers it [PAS-CR]: the sequence echoed, the review action
 * with the payer's number in the adjudication, and for a certified item its issue date, period
 * and authorized quantity; a pended item carries the number as its administration reference
 * (as the IG's pended example does), since no authorization exists yet.
 */
export function claimResponseItem(
  decision: ItemDecision,
  referenceNumber: string,
  issueDate: string,
): ClaimResponseItem {
  const pended = decision.reviewAction === REVIEW_ACTIONS.pended;
  const extension: Extension[] = [];
  if (decision.requestedPeriod)
    extension.push({
      url: PAS_EXTENSIONS.itemRequestedServiceDate,
      valuePeriod: { ...decision.requestedPeriod },
    });
  if (isCertified(decision) && decision.period) {
    extension.push({ url: PAS_EXTENSIONS.itemPreAuthIssueDate, valueDate: issueDate });
    extension.push({ url: PAS_EXTENSIONS.itemPreAuthPeriod, valuePeriod: { ...decision.period } });
    extension.push(authorizedDetail(decision));
  }
  if (pended)
    extension.push({
      url: PAS_EXTENSIONS.administrationReferenceNumber,
      valueString: referenceNumber,
    });
  return {
    // FHIR JSON has no empty arrays: a denied item with no requested period has no extension.
    ...(extension.length > 0 ? { extension } : {}),
    itemSequence: decision.sequence,
    adjudication: [
      {
        extension: [reviewAction(decision, pended ? undefined : referenceNumber)],
        category: { coding: [{ system: CODE_SYSTEMS.adjudication, code: 'submitted' }] },
      },
    ],
  };
}

function reviewAction(decision: ItemDecision, number: string | undefined): Extension {
  const display = DISPLAYS[decision.reviewAction];
  return {
    url: PAS_EXTENSIONS.reviewAction,
    extension: [
      ...(number ? [{ url: 'number', valueString: number }] : []),
      {
        url: PAS_EXTENSIONS.reviewActionCode,
        valueCodeableConcept: {
          coding: [
            {
              system: CODE_SYSTEMS.x12ReviewAction,
              code: decision.reviewAction,
              ...(display ? { display } : {}),
            },
          ],
        },
      },
      ...(decision.reasonCode
        ? [
            {
              url: 'reasonCode',
              valueCodeableConcept: {
                coding: [
                  {
                    system: CODE_SYSTEMS.x12ReviewDecisionReason,
                    code: decision.reasonCode.code,
                    ...(decision.reasonCode.display
                      ? { display: decision.reasonCode.display }
                      : {}),
                  },
                ],
              },
            },
          ]
        : []),
    ],
  };
}

function authorizedDetail(decision: ItemDecision): Extension {
  const { system, code, display, text } = decision.productOrService;
  return {
    url: PAS_EXTENSIONS.itemAuthorizedDetail,
    extension: [
      {
        url: 'productOrServiceCode',
        valueCodeableConcept: {
          ...(code
            ? { coding: [{ ...(system ? { system } : {}), code, ...(display ? { display } : {}) }] }
            : {}),
          ...(text ? { text } : {}),
        },
      },
      ...(decision.quantity !== undefined
        ? [{ url: 'quantity', valueQuantity: { value: decision.quantity } }]
        : []),
    ],
  };
}
