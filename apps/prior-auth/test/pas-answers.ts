import { readFixture } from '@infuse/testing';

// The payer's answers, made from the official PAS 2.2.1 examples (libs/testing/fixtures/pas), with
// what ties them to the request they answer set as a payer would: the Claim identifier echoed in
// ClaimResponse.identifier and ClaimResponse.request, the item sequence sent, and the decision.

type Json = Record<string, unknown>;

const PAS = 'http://hl7.org/fhir/us/davinci-pas/StructureDefinition';
// X12 review decision reason codes (HCR03), as PAS binds the reviewAction's reasonCode.
const X12_REVIEW_DECISION_REASON = 'https://codesystem.x12.org/external/886';

/** What identifies the request being answered. */
export interface Answered {
  claimSystem: string;
  claimValue: string;
  itemSequence: number;
}

export interface Approval {
  authorizationNumber: string;
  period?: { start: string; end: string };
  quantity?: number;
}

/** A1: certified in total (Bundle-ReferralAuthorizationResponseBundleExample). */
export function approvedBundle(answered: Answered, approval: Approval): Json {
  const bundle = readFixture<Json>('pas/Bundle-ReferralAuthorizationResponseBundleExample.json');
  const item = answerItem(bundle, answered);
  item['extension'] = (item['extension'] as Json[]).flatMap((extension) => {
    if (extension['url'] === `${PAS}/extension-itemPreAuthPeriod`)
      return approval.period ? [{ ...extension, valuePeriod: approval.period }] : [];
    if (extension['url'] === `${PAS}/extension-itemAuthorizedDetail`)
      return approval.quantity === undefined
        ? []
        : [
            {
              ...extension,
              extension: (extension['extension'] as Json[]).map((detail) =>
                detail['url'] === 'quantity'
                  ? { url: 'quantity', valueQuantity: { value: approval.quantity } }
                  : detail,
              ),
            },
          ];
    return [extension];
  });
  setReviewNumber(item, approval.authorizationNumber);
  return bundle;
}

/** A4: pended (Bundle-ReferralPendingAuthorizationResponseBundleExample). */
export function pendedBundle(answered: Answered): Json {
  const bundle = readFixture<Json>(
    'pas/Bundle-ReferralPendingAuthorizationResponseBundleExample.json',
  );
  answerItem(bundle, answered);
  return bundle;
}

/** A3: not certified (Bundle-RejectionResponseBundleExample), with the review decision reason given. */
export function deniedBundle(answered: Answered, reason: { code: string; display: string }): Json {
  const bundle = readFixture<Json>('pas/Bundle-RejectionResponseBundleExample.json');
  const item = answerItem(bundle, answered);
  for (const reviewAction of reviewActionsOf(item))
    reviewAction['extension'] = [
      ...(reviewAction['extension'] as Json[]),
      {
        url: 'reasonCode',
        valueCodeableConcept: { coding: [{ system: X12_REVIEW_DECISION_REASON, ...reason }] },
      },
    ];
  return bundle;
}

/** A 4xx OperationOutcome (OperationOutcome-InvalidRequestResponse) naming the field at fault. */
export function invalidRequestOutcome(diagnostics: string, expression: string): Json {
  const outcome = readFixture<Json>('pas/OperationOutcome-InvalidRequestResponse.json');
  const [issue] = outcome['issue'] as Json[];
  outcome['issue'] = [{ ...issue, diagnostics, expression: [expression] }];
  return outcome;
}

/**
 * The rest-hook notification (Bundle-PASSubscriptionNotification) carrying `response` as the
 * focus of its one event.
 */
export function notificationBundle(response: Json, eventNumber: number): Json {
  const notification = readFixture<Json>('pas/Bundle-PASSubscriptionNotification.json');
  const [status, focus] = notification['entry'] as Json[];
  const parameters = (status!['resource'] as Json)['parameter'] as Json[];
  for (const parameter of parameters)
    if (parameter['name'] === 'notification-event')
      parameter['part'] = (parameter['part'] as Json[]).map((part) =>
        part['name'] === 'event-number' ? { ...part, valueString: String(eventNumber) } : part,
      );
  notification['entry'] = [status, { ...focus, resource: response }];
  return notification;
}

/** The answer's ClaimResponse and its one item, tied to the request answered. */
function answerItem(bundle: Json, answered: Answered): Json {
  const claimResponse = (bundle['entry'] as Json[])[0]!['resource'] as Json;
  const identifier = { system: answered.claimSystem, value: answered.claimValue };
  claimResponse['identifier'] = [identifier];
  claimResponse['request'] = { ...(claimResponse['request'] as Json), identifier };
  const [item] = claimResponse['item'] as Json[];
  item!['itemSequence'] = answered.itemSequence;
  claimResponse['item'] = [item];
  return item!;
}

function setReviewNumber(item: Json, authorizationNumber: string): void {
  for (const reviewAction of reviewActionsOf(item))
    reviewAction['extension'] = (reviewAction['extension'] as Json[]).map((part) =>
      part['url'] === 'number' ? { url: 'number', valueString: authorizationNumber } : part,
    );
}

function reviewActionsOf(item: Json): Json[] {
  return (item['adjudication'] as Json[]).flatMap((adjudication) =>
    (adjudication['extension'] as Json[]).filter(
      (extension) => extension['url'] === `${PAS}/extension-reviewAction`,
    ),
  );
}
