import { Injectable } from '@nestjs/common';
import {
  AuthorizationAppealed,
  AuthorizationApproved,
  AuthorizationCancelled,
  AuthorizationDenied,
  AuthorizationExpired,
  AuthorizationExpiring,
  AuthorizationNeedsReview,
  AuthorizationPended,
  AuthorizationRequested,
  AuthorizationSubmissionFailed,
  AuthorizationSubmitted,
} from '@infuse/contracts';
import {
  EventPublisher,
  type Invocation,
  outgoing,
  type OutgoingEvent,
  publishContextOf,
} from '@infuse/messaging';
import { type EntityManager } from 'typeorm';
import { type Authorization, type AuthorizationChange } from '../domain/authorization.aggregate';

/**
 * Announces what happened to a request, through the outbox of the transaction that made it
 * happen: one event per change, built from the request in hand, each naming the payer. The
 * correlation id of every authorization event is the referral's id.
 */
@Injectable()
export class AuthorizationEvents {
  constructor(private readonly publisher: EventPublisher) {}

  async publishChanges(
    manager: EntityManager,
    authorization: Authorization,
    invocation: Invocation,
    at: Date,
  ): Promise<void> {
    const context = publishContextOf(invocation, authorization.referralId, at);
    const events = authorization.changes.flatMap((change) =>
      this.eventsOf(authorization, change, invocation.actor.subject, at),
    );
    await this.publisher.publishAll(manager, events, context);
  }

  private eventsOf(
    authorization: Authorization,
    change: AuthorizationChange,
    actor: string,
    at: Date,
  ): OutgoingEvent[] {
    const state = authorization.snapshot;
    const common = {
      authorizationId: state.id,
      referralId: state.referralId,
      patientId: state.patientId,
      payerId: state.payerId,
      kind: state.kind,
    };
    const when = at.toISOString();
    const therapy = state.therapy;
    const approval = state.approval;
    switch (change.kind) {
      case 'requested':
        if (!therapy) return [];
        return [
          outgoing(AuthorizationRequested, {
            ...common,
            hcpcs: therapy.hcpcs,
            requestedUnits: therapy.requestedUnits,
            periodStart: therapy.periodStart,
            periodEnd: therapy.periodEnd,
            requestedAt: when,
          }),
        ];
      case 'resubmitted':
        // A new submission of the same request: its history says so; the next answer is announced.
        return [];
      case 'submitted':
        return [
          outgoing(AuthorizationSubmitted, {
            ...common,
            // The Claim identifier's value: the request's id, the same for every submission.
            claimIdentifier: state.id,
            submittedAt: when,
          }),
        ];
      case 'submission-failed':
        return [
          outgoing(AuthorizationSubmissionFailed, {
            ...common,
            errors: state.errors.map((error) => ({
              ...(error.code ? { code: error.code } : {}),
              message: error.message,
              ...(error.location ? { location: error.location } : {}),
            })),
            failedAt: when,
          }),
        ];
      case 'approved':
        if (!approval || !therapy) return [];
        return [
          outgoing(AuthorizationApproved, {
            ...common,
            outcome: approval.outcome,
            authorizationNumber: approval.authorizationNumber,
            periodStart: approval.periodStart,
            periodEnd: approval.periodEnd,
            hcpcs: therapy.hcpcs,
            requestedUnits: therapy.requestedUnits,
            authorizedUnits: approval.authorizedUnits,
            reauthorization: state.kind === 'reauthorization',
            decidedAt: when,
          }),
        ];
      case 'pended':
        return [
          outgoing(AuthorizationPended, {
            ...common,
            respondBy: (state.respondBy ?? at).toISOString(),
            pendedAt: when,
          }),
        ];
      case 'denied':
        return [
          outgoing(AuthorizationDenied, {
            ...common,
            reasons: state.denialReasons,
            decidedAt: when,
          }),
        ];
      case 'needs-review':
        return [
          outgoing(AuthorizationNeedsReview, {
            ...common,
            reason: change.reason,
            ...(change.reviewActionCode ? { reviewActionCode: change.reviewActionCode } : {}),
            receivedAt: when,
          }),
        ];
      case 'appealed':
        return [
          outgoing(AuthorizationAppealed, {
            ...common,
            reason: change.reason,
            appealedAt: when,
            appealedBy: actor,
          }),
        ];
      case 'cancelled':
        return [
          outgoing(AuthorizationCancelled, {
            ...common,
            ...(change.reason ? { reason: change.reason } : {}),
            cancelledAt: when,
            cancelledBy: actor,
          }),
        ];
      case 'expiring':
        if (!approval) return [];
        return [
          outgoing(AuthorizationExpiring, {
            ...common,
            authorizationNumber: approval.authorizationNumber,
            periodEnd: approval.periodEnd,
            noticedAt: when,
          }),
        ];
      case 'expired':
        if (!approval) return [];
        return [
          outgoing(AuthorizationExpired, {
            ...common,
            authorizationNumber: approval.authorizationNumber,
            periodEnd: approval.periodEnd,
            expiredAt: when,
          }),
        ];
    }
  }
}
