// What the payer's side of PAS needs beyond ../pas-vocabulary.ts. Each constant marked TODO
// belongs there and moves once that file takes it (it is shared with the request builder).

/**
 * The identifier system of a payer's id on the insurer Organization (`Claim.insurer`): the
 * payer sandbox finds the payer a request is addressed to by this identifier, and prior-auth
 * puts its payer id there (`identifier: [{ system: PAYER_ID_SYSTEM, value: 'acme-health' }]`).
 * TODO(pas-vocabulary): the request builder mints the same one (IDENTIFIER_SYSTEMS.payer).
 */
export const PAYER_ID_SYSTEM = 'urn:infuse:sid:payer';

/** X12 1322 certification type codes, on each item's certificationType extension [PAS-SPEC]. */
export const CERTIFICATION_TYPES = {
  appeal: '1',
  cancel: '3',
  extension: '4',
  initial: 'I',
  renewal: 'R',
  revised: 'S',
} as const;

/**
 * X12 306 "C", cancelled [HCR]: the answer to an item the provider cancelled.
 * TODO(pas-vocabulary): add to REVIEW_ACTIONS.
 */
export const REVIEW_ACTION_CANCELLED = 'C';

/**
 * X12 external code source 886, Health Care Services Review Decision Reason Codes: the binding
 * of the reviewAction's `reasonCode` [PAS-CR]. TODO(pas-vocabulary).
 */
export const REVIEW_DECISION_REASON_SYSTEM = 'https://codesystem.x12.org/external/886';

/** HL7 v2 table 0203 (identifier type): `MB` is the member number on a Coverage. */
export const IDENTIFIER_TYPE_SYSTEM = 'http://terminology.hl7.org/CodeSystem/v2-0203';
export const MEMBER_NUMBER_TYPE = 'MB';

/** The PAS subscription topic: a pended request's final answer is available [PAS-SPEC]. */
export const PAS_SUBSCRIPTION_TOPIC =
  'http://hl7.org/fhir/us/davinci-pas/SubscriptionTopic/PASSubscriptionTopic';

/** Subscriptions R5 Backport for R4, which PAS notifications follow. */
const BACKPORT = 'http://hl7.org/fhir/uv/subscriptions-backport/StructureDefinition';
export const BACKPORT_URLS = {
  notificationBundle: `${BACKPORT}/backport-subscription-notification-r4`,
  subscriptionStatus: `${BACKPORT}/backport-subscription-status-r4`,
  filterCriteria: `${BACKPORT}/backport-filter-criteria`,
  payloadContent: `${BACKPORT}/backport-payload-content`,
} as const;

/**
 * LOINC codes of the labs payers ask for: IgG in serum [MMO], BUN and creatinine [PH2][MMO].
 * TODO(pas-vocabulary): the request builder codes labs with these too.
 */
export const PAYER_LAB_LOINC = {
  igG: '2465-3',
  bun: '3094-0',
  creatinine: '2160-0',
} as const;
