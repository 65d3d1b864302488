// The payer's side of PAS, for the payer sandbox: the structural check of what a provider sends,
// what a payer reads from it, its rules, and the answers it sends back. Pure: no I/O.
export {
  type OutcomeIssue,
  type OutcomeIssueCode,
  type PasIssue,
  errorAt,
  operationOutcomeOf,
} from './issues/pas-issue';
export { type BundleIndex, type IndexedEntry } from './bundle/bundle-index';
export { type PasOperation } from './check/pas-operation';
export {
  type PasRequestBundle,
  type RequestBundleCheck,
  checkRequestBundle,
} from './check/request-bundle-check';
export {
  type BusinessIdentifier,
  type Certification,
  type PasRequestFacts,
  identifierKey,
  readRequestFacts,
} from './facts/request-facts';
export { type DatePeriod, type ProductOrService, type RequestedItem } from './facts/item-facts';
export {
  type DiagnosisFact,
  type DocumentFact,
  type LabFact,
  type MedicationFact,
} from './facts/clinical-facts';
export { type MemberId } from './facts/coverage-facts';
export { type InsurerFacts, type PatientFacts, type ProviderFacts } from './facts/party-facts';
export { type Determination, type PayerRule, type ReasonCode } from './rules/payer-rule';
export { determine } from './rules/determine';
export { memberIdIssue } from './rules/member-id-check';
export {
  type AuthorizationTerms,
  type ItemDecision,
  type Verdict,
  decideItems,
  verdictOf,
} from './rules/item-decisions';
export { REQUEST_STATUSES, type RequestStatus, requestStatusOf } from './rules/request-status';
export {
  type AnswerIdentity,
  buildClaimResponse,
  buildResponseBundle,
} from './answer/response-bundle';
export {
  type StoredAnswer,
  buildInquiryResponseBundle,
  inquiryResult,
} from './answer/inquiry-response';
export {
  type SubscriptionCheck,
  type SubscriptionRequest,
  activeSubscription,
  readSubscription,
} from './subscription/read-subscription';
export {
  type NotificationEvent,
  buildNotificationBundle,
} from './subscription/notification-bundle';
