import { AssistanceCaseBenefitLow } from './assistance/assistance-case-benefit-low.event';
import { AssistanceCaseClosed } from './assistance/assistance-case-closed.event';
import {
  AssistanceCaseDenied,
  AssistanceCaseEnrolled,
  AssistanceCaseReEnrolmentDue,
} from './assistance/assistance-case-enrolment.event';
import { AssistanceCaseScreened } from './assistance/assistance-case-screened.event';
import { type EventContract } from './event-contract';
import { FollowUpDue } from './follow-ups/follow-up-due.event';
import {
  FollowUpCancelled,
  FollowUpCompleted,
  FollowUpCreated,
  FollowUpEscalated,
} from './follow-ups/follow-up-lifecycle.event';
import {
  AuthorizationApproved,
  AuthorizationDenied,
  AuthorizationNeedsReview,
  AuthorizationPended,
} from './prior-auth/authorization-decided.event';
import {
  AuthorizationAppealed,
  AuthorizationCancelled,
  AuthorizationExpired,
  AuthorizationExpiring,
} from './prior-auth/authorization-lifecycle.event';
import {
  AuthorizationRequested,
  AuthorizationSubmissionFailed,
  AuthorizationSubmitted,
} from './prior-auth/authorization-requested.event';
import { DispenseCreated } from './pharmacy/dispense-created.event';
import { DispenseCancelled, DispenseReopened } from './pharmacy/dispense-lifecycle.event';
import { DispenseNextCycleHeld } from './pharmacy/dispense-next-cycle-held.event';
import { DispenseReleased } from './pharmacy/dispense-released.event';
import { DispenseDelivered, DispenseShipped } from './pharmacy/dispense-shipment.event';
import { DispenseVerified } from './pharmacy/dispense-verified.event';
import { VisitCompleted } from './nursing/visit-completed.event';
import {
  VisitAdverseReactionReported,
  VisitMissed,
  VisitStarted,
} from './nursing/visit-progress.event';
import { VisitAssigned, VisitCancelled, VisitScheduled } from './nursing/visit-scheduled.event';
import { ReferralAccepted } from './referrals/referral-accepted.event';
import {
  ReferralDocumentAdded,
  ReferralLabAdded,
} from './referrals/referral-attachment-added.event';
import { ReferralCancelled } from './referrals/referral-cancelled.event';
import { ReferralDocumentsRequested } from './referrals/referral-documents-requested.event';
import { ReferralReceived } from './referrals/referral-received.event';
import { ReferralRejected } from './referrals/referral-rejected.event';

/** Every event type, grouped by topic in the order of a referral's life. */
export const EVENT_CONTRACTS: readonly EventContract[] = Object.freeze([
  ReferralReceived,
  ReferralDocumentsRequested,
  ReferralDocumentAdded,
  ReferralLabAdded,
  ReferralAccepted,
  ReferralRejected,
  ReferralCancelled,
  AuthorizationRequested,
  AuthorizationSubmitted,
  AuthorizationSubmissionFailed,
  AuthorizationPended,
  AuthorizationApproved,
  AuthorizationDenied,
  AuthorizationNeedsReview,
  AuthorizationAppealed,
  AuthorizationCancelled,
  AuthorizationExpiring,
  AuthorizationExpired,
  DispenseCreated,
  DispenseVerified,
  DispenseReleased,
  DispenseShipped,
  DispenseDelivered,
  DispenseReopened,
  DispenseCancelled,
  DispenseNextCycleHeld,
  VisitScheduled,
  VisitAssigned,
  VisitStarted,
  VisitAdverseReactionReported,
  VisitCompleted,
  VisitMissed,
  VisitCancelled,
  FollowUpCreated,
  FollowUpDue,
  FollowUpEscalated,
  FollowUpCompleted,
  FollowUpCancelled,
  AssistanceCaseScreened,
  AssistanceCaseEnrolled,
  AssistanceCaseDenied,
  AssistanceCaseBenefitLow,
  AssistanceCaseReEnrolmentDue,
  AssistanceCaseClosed,
]);

const byType = new Map(EVENT_CONTRACTS.map((contract) => [contract.type, contract]));

/** The contract of a CloudEvents type, or undefined for a type this build does not know. */
export function contractFor(type: string): EventContract | undefined {
  return byType.get(type);
}
