// A PAS ClaimResponse read into a PasAnswer [PAS-SPEC][PAS-CR]: business errors in
// ClaimResponse.error, otherwise one decision per item from its review action.
import {
  describe,
  extensionOf,
  extensionsOf,
  firstCoding,
  resourceTypeOf,
} from '../fhir/fhir-elements';
import { asNumber, asRecord, asText, type JsonRecord, recordsIn } from '../fhir/json-values';
import { PAS_EXTENSIONS } from '../pas-vocabulary';
import { type ResourceLookup, NOTHING_TO_LOOK_UP } from './bundle-lookup';
import { malformed } from './malformed-answer';
import type { PasAnswer, PasError, PasItemDecision, PasPeriod } from './pas-decision';
import { statusOfReviewAction } from './review-action-status';

/**
 * Reads a ClaimResponse; `lookup` resolves references inside the bundle it came in (the Claim in
 * `request`, when the payer echoes it). Never throws: what PAS requires and the answer lacks
 * comes back as an error answer naming it.
 */
export function readClaimResponse(
  resource: unknown,
  lookup: ResourceLookup = NOTHING_TO_LOOK_UP,
): PasAnswer {
  const response = asRecord(resource);
  if (!response || resourceTypeOf(response) !== 'ClaimResponse')
    return malformed(`Expected a ClaimResponse, received ${describe(resource)}.`);

  const errors = recordsIn(response['error']);
  if (errors.length > 0) return { kind: 'error', errors: errors.map(businessError) };

  const items = recordsIn(response['item']);
  if (items.length === 0)
    return malformed(
      'The ClaimResponse has neither items nor errors: PAS answers every requested item.',
      'ClaimResponse.item',
    );
  const preAuthRef = asText(response['preAuthRef']);
  const preAuthPeriod = periodOf(response['preAuthPeriod']);
  const problems: PasError[] = [];
  const decisions: PasItemDecision[] = [];
  items.forEach((item, index) => {
    const read = readItem(item, index, { response, preAuthRef, preAuthPeriod });
    if ('problem' in read) problems.push(read.problem);
    else decisions.push(read.decision);
  });
  if (problems.length > 0) return { kind: 'error', errors: problems };

  const claimIdentifier = claimIdentifierOf(response, lookup);
  const responseId =
    asText(recordsIn(response['identifier'])[0]?.['value']) ?? asText(response['id']);
  return {
    kind: 'adjudicated',
    ...(claimIdentifier ? { claimIdentifier } : {}),
    items: decisions,
    ...(preAuthRef ? { preAuthRef } : {}),
    ...(preAuthPeriod ? { preAuthPeriod } : {}),
    ...(responseId ? { responseId } : {}),
  };
}

interface ResponseLevel {
  readonly response: JsonRecord;
  readonly preAuthRef: string | undefined;
  readonly preAuthPeriod: PasPeriod | undefined;
}

function readItem(
  item: JsonRecord,
  index: number,
  level: ResponseLevel,
): { decision: PasItemDecision } | { problem: PasError } {
  const at = `ClaimResponse.item[${index}]`;
  const sequence = asNumber(item['itemSequence']);
  if (sequence === undefined || !Number.isInteger(sequence) || sequence < 1)
    return { problem: { message: `${at} has no itemSequence.`, location: `${at}.itemSequence` } };
  const adjudications = recordsIn(item['adjudication']);
  const adjudication = adjudications.find((candidate) =>
    extensionOf(candidate, PAS_EXTENSIONS.reviewAction),
  );
  const reviewAction = extensionOf(adjudication, PAS_EXTENSIONS.reviewAction);
  const code = reviewActionCodeOf(reviewAction);
  if (code === undefined)
    return {
      problem: {
        message: `Item ${sequence} has no X12 306 review action code, so its decision is unknown.`,
        location: `${at}.adjudication.extension('${PAS_EXTENSIONS.reviewAction}')`,
      },
    };
  const status = statusOfReviewAction(code);
  // A modified item's authorized terms are in the addItem that names it [PAS-SPEC spec-41/42].
  const replacement = status === 'modified' ? addItemFor(level.response, sequence) : undefined;
  const authorizationNumber =
    numberOf(reviewActionOfAddItem(replacement)) ?? numberOf(reviewAction) ?? level.preAuthRef;
  const administrationReferenceNumber = asText(
    extensionOf(item, PAS_EXTENSIONS.administrationReferenceNumber)?.['valueString'],
  );
  const period = itemPeriodOf(replacement) ?? itemPeriodOf(item) ?? level.preAuthPeriod;
  const authorizedQuantity =
    asNumber(asRecord(replacement?.['quantity'])?.['value']) ??
    authorizedDetailQuantity(item) ??
    asNumber(adjudication?.['value']);
  return {
    decision: {
      sequence,
      reviewActionCode: code,
      status,
      ...(authorizationNumber ? { authorizationNumber } : {}),
      ...(administrationReferenceNumber ? { administrationReferenceNumber } : {}),
      ...(period ? { period } : {}),
      ...(authorizedQuantity !== undefined ? { authorizedQuantity } : {}),
      reasonCodes: reasonCodesOf(reviewAction),
    },
  };
}

/**
 * The reviewAction's code sub-extension. The IG names it by the reviewActionCode extension's
 * canonical URL [PAS-EX]; a bare "code" (the slice's name) is accepted too.
 */
function reviewActionCodeOf(reviewAction: JsonRecord | undefined): string | undefined {
  const code =
    extensionOf(reviewAction, PAS_EXTENSIONS.reviewActionCode) ?? extensionOf(reviewAction, 'code');
  return firstCoding(code?.['valueCodeableConcept'])?.code;
}

function numberOf(reviewAction: JsonRecord | undefined): string | undefined {
  return asText(extensionOf(reviewAction, 'number')?.['valueString']);
}

function reasonCodesOf(reviewAction: JsonRecord | undefined): PasItemDecision['reasonCodes'] {
  return extensionsOf(reviewAction, 'reasonCode').flatMap(
    (reason) => firstCoding(reason['valueCodeableConcept']) ?? [],
  );
}

function addItemFor(response: JsonRecord, sequence: number): JsonRecord | undefined {
  return recordsIn(response['addItem']).find(
    (addItem) =>
      Array.isArray(addItem['itemSequence']) && addItem['itemSequence'].includes(sequence),
  );
}

function reviewActionOfAddItem(addItem: JsonRecord | undefined): JsonRecord | undefined {
  for (const adjudication of recordsIn(addItem?.['adjudication'])) {
    const reviewAction = extensionOf(adjudication, PAS_EXTENSIONS.reviewAction);
    if (reviewAction) return reviewAction;
  }
  return undefined;
}

/** The item's pre-auth period, else (for an addItem) the period it is authorized for. */
function itemPeriodOf(item: JsonRecord | undefined): PasPeriod | undefined {
  return (
    periodOf(extensionOf(item, PAS_EXTENSIONS.itemPreAuthPeriod)?.['valuePeriod']) ??
    periodOf(item?.['servicedPeriod'])
  );
}

function authorizedDetailQuantity(item: JsonRecord): number | undefined {
  const detail = extensionOf(item, PAS_EXTENSIONS.itemAuthorizedDetail);
  return asNumber(asRecord(extensionOf(detail, 'quantity')?.['valueQuantity'])?.['value']);
}

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}/;

/**
 * The calendar date (YYYY-MM-DD) of a FHIR date or dateTime, when it starts with a full one. Read
 * as the payer wrote it, without checking the calendar as the payer side does (calendarDateOf).
 */
function calendarDate(value: unknown): string | undefined {
  const text = asText(value);
  return text && CALENDAR_DATE.test(text) ? text.slice(0, 10) : undefined;
}

function periodOf(value: unknown): PasPeriod | undefined {
  const period = asRecord(value);
  const start = calendarDate(period?.['start']);
  const end = calendarDate(period?.['end']);
  if (!start && !end) return undefined;
  return { ...(start ? { start } : {}), ...(end ? { end } : {}) };
}

/**
 * Which Claim the response answers: the identifier in `request`, else that of the Claim it
 * references when the bundle carries it, else the ClaimResponse's own identifier, which PAS
 * mappers fill with the request's patient event trace number (the Claim's identifier), as every
 * IG example does [PAS-EX].
 */
function claimIdentifierOf(response: JsonRecord, lookup: ResourceLookup): string | undefined {
  const request = asRecord(response['request']);
  const echoed = asText(asRecord(request?.['identifier'])?.['value']);
  if (echoed) return echoed;
  const claim = lookup(asText(request?.['reference']));
  const claimIdentifier = asText(recordsIn(claim?.['identifier'])[0]?.['value']);
  return claimIdentifier ?? asText(recordsIn(response['identifier'])[0]?.['value']);
}

/** A ClaimResponse.error: the X12 901 reject reason, where it applies and what to do next. */
function businessError(error: JsonRecord, index: number): PasError {
  const reason = firstCoding(error['code']);
  const followUp = firstCoding(
    extensionOf(error, PAS_EXTENSIONS.errorFollowupAction)?.['valueCodeableConcept'],
  );
  const path = asText(extensionOf(error, PAS_EXTENSIONS.errorPath)?.['valueString']);
  const element = asText(
    extensionOf(extensionOf(error, PAS_EXTENSIONS.errorElement), 'error')?.['valueString'],
  );
  const reasonText = reason
    ? `X12 reject reason ${reason.code}${reason.display ? ` (${reason.display})` : ''}`
    : `error ${index + 1} without a reject reason code`;
  const followUpText = followUp
    ? `; follow-up action ${followUp.code}${followUp.display ? ` (${followUp.display})` : ''}`
    : '';
  const elementText = element && path ? ` at X12 ${element}` : '';
  return {
    ...(reason ? { code: reason.code } : {}),
    message: `The payer refused the request: ${reasonText}${elementText}${followUpText}.`,
    ...(path || element ? { location: path ?? element } : {}),
  };
}
