export {
  TOPICS,
  TOPIC_NAMES,
  deadLetterTopic,
  eventSource,
  type TopicName,
  type TopicDefinition,
  type ServiceName,
} from './topics';
export {
  QUEUES,
  FOLLOW_UP_JOBS,
  COPAY_ASSISTANCE_JOBS,
  type QueueName,
  type FollowUpJobName,
  type CopayAssistanceJobName,
} from './queues';
export { type Actor, SYSTEM_ROLE, systemActor, isSystemActor, actorSchema } from './actor';
export { defineEvent, type EventContract, type EventData } from './event-contract';
export { EVENT_CONTRACTS, contractFor } from './event-registry';
export { ReferralReceived } from './referrals/referral-received.event';
export { ReferralDocumentsRequested } from './referrals/referral-documents-requested.event';
export { ReferralAccepted } from './referrals/referral-accepted.event';
export { ReferralRejected } from './referrals/referral-rejected.event';
export { ReferralCancelled } from './referrals/referral-cancelled.event';
export {
  ReferralDocumentAdded,
  ReferralLabAdded,
} from './referrals/referral-attachment-added.event';
export {
  patientSnapshotSchema,
  prescriberSnapshotSchema,
  orderSnapshotSchema,
  insuranceSnapshotSchema,
  labResultSchema,
  documentReferenceSchema,
  type PatientSnapshot,
  type PrescriberSnapshot,
  type OrderSnapshot,
  type InsuranceSnapshot,
  type LabResult,
  type DocumentReference,
} from './referrals/referral-snapshot.schema';
export {
  SEXES,
  RISK_CONDITIONS,
  BLOOD_TYPES,
  THERAPIES,
  PLAN_TYPES,
  LAB_UNITS,
  LAB_CODES,
  DOCUMENT_TYPES,
  DOCUMENT_CONTENT_TYPES,
  type Sex,
  type RiskCondition,
  type BloodType,
  type Therapy,
  type PlanType,
  type LabCode,
  type LabUnit,
  type DocumentType,
  type DocumentContentType,
} from './referrals/referral-vocabulary';
export {
  AUTHORIZATION_KINDS,
  type AuthorizationKind,
} from './prior-auth/authorization-event.common';
export {
  AuthorizationRequested,
  AuthorizationSubmitted,
  AuthorizationSubmissionFailed,
} from './prior-auth/authorization-requested.event';
export {
  APPROVAL_OUTCOMES,
  AuthorizationApproved,
  AuthorizationPended,
  AuthorizationDenied,
  AuthorizationNeedsReview,
} from './prior-auth/authorization-decided.event';
export {
  AuthorizationAppealed,
  AuthorizationCancelled,
  AuthorizationExpiring,
  AuthorizationExpired,
} from './prior-auth/authorization-lifecycle.event';
export { DispenseCreated } from './pharmacy/dispense-created.event';
export { DispenseVerified } from './pharmacy/dispense-verified.event';
export { DispenseReleased } from './pharmacy/dispense-released.event';
export { DispenseShipped, DispenseDelivered } from './pharmacy/dispense-shipment.event';
export { DispenseReopened, DispenseCancelled } from './pharmacy/dispense-lifecycle.event';
export { DispenseNextCycleHeld, NEXT_CYCLE_HOLDS } from './pharmacy/dispense-next-cycle-held.event';
export { releasedLotSchema, type ReleasedLot } from './pharmacy/dispense-event.common';
export { VisitScheduled, VisitAssigned, VisitCancelled } from './nursing/visit-scheduled.event';
export {
  VisitStarted,
  VisitAdverseReactionReported,
  VisitMissed,
} from './nursing/visit-progress.event';
export { VisitCompleted } from './nursing/visit-completed.event';
export { REACTION_ACTIONS, type ReactionAction } from './nursing/visit-event.common';
export type {
  Location,
  LotUse,
  VitalSigns,
  UpdateFacts,
  UpdateType,
  VisitUpdate,
} from './nursing/visit-update';
export { FOLLOW_UP_KINDS, type FollowUpKind, FollowUpDue } from './follow-ups/follow-up-due.event';
export { FOLLOW_UP_PRIORITIES, type FollowUpPriority } from './follow-ups/follow-up-kinds';
export {
  FollowUpCreated,
  FollowUpEscalated,
  FollowUpCompleted,
  FollowUpCancelled,
} from './follow-ups/follow-up-lifecycle.event';
export { PROGRAMME_KINDS, type ProgrammeKind } from './assistance/assistance-case-event.common';
export {
  SCREENING_OUTCOMES,
  type ScreeningOutcome,
  AssistanceCaseScreened,
} from './assistance/assistance-case-screened.event';
export {
  AssistanceCaseEnrolled,
  AssistanceCaseDenied,
  AssistanceCaseReEnrolmentDue,
} from './assistance/assistance-case-enrolment.event';
export {
  BENEFIT_WARNINGS,
  type BenefitWarning,
  AssistanceCaseBenefitLow,
} from './assistance/assistance-case-benefit-low.event';
export {
  CASE_CLOSE_REASONS,
  type CaseCloseReason,
  AssistanceCaseClosed,
} from './assistance/assistance-case-closed.event';
export { type CloudEventsHeaders } from './cloud-events-headers';
export {
  renderAsyncApiDocument,
  renderAsyncApiJson,
  type AsyncApiDocument,
} from './asyncapi-document';
export { renderEventsMarkdown } from './events-markdown';
export { isUuid } from './payload-primitives';
export { isValidNpi } from './npi';
export { isTimeZone } from './time-zone';
