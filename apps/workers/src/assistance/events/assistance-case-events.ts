import { Injectable } from '@nestjs/common';
import {
  AssistanceCaseBenefitLow,
  AssistanceCaseClosed,
  AssistanceCaseDenied,
  AssistanceCaseEnrolled,
  AssistanceCaseReEnrolmentDue,
  AssistanceCaseScreened,
} from '@infuse/contracts';
import {
  EventPublisher,
  type Invocation,
  outgoing,
  type OutgoingEvent,
  publishContextOf,
} from '@infuse/messaging';
import { type EntityManager } from 'typeorm';
import { type AssistanceCase, type CaseEvent } from '../domain/assistance-case';

/**
 * Publishes what a change to a case announced, in the change's transaction (the outbox), built
 * from the case as the change left it.
 */
@Injectable()
export class AssistanceCaseEvents {
  constructor(private readonly publisher: EventPublisher) {}

  async publish(
    manager: EntityManager,
    assistanceCase: AssistanceCase,
    events: readonly CaseEvent[],
    invocation: Invocation,
    at: Date,
  ): Promise<void> {
    if (events.length === 0) return;
    await this.publisher.publishAll(
      manager,
      events.map((event) => outgoingOf(assistanceCase, event, at)),
      publishContextOf(invocation, assistanceCase.referralId, at),
    );
  }
}

function outgoingOf(assistanceCase: AssistanceCase, event: CaseEvent, at: Date): OutgoingEvent {
  const ids = {
    caseId: assistanceCase.id,
    referralId: assistanceCase.referralId,
    patientId: assistanceCase.patientId,
  };
  const when = at.toISOString();
  switch (event.type) {
    case 'screened': {
      const screening = required(assistanceCase.screening, 'screening');
      const referral = required(assistanceCase.referral, 'referral');
      return outgoing(AssistanceCaseScreened, {
        ...ids,
        outcome: screening.outcome,
        planType: referral.planType,
        ...(assistanceCase.product ? assistanceCase.product : {}),
        programmes: screening.programmes.map((programme) => ({
          ...programme,
          reasons: programme.reasons.map((reason) => ({ ...reason, sources: [...reason.sources] })),
        })),
        ...(screening.chosen ? { chosen: screening.chosen } : {}),
        screenedAt: when,
      });
    }
    case 'enrolled': {
      const enrolment = required(assistanceCase.enrolment, 'enrolment');
      return outgoing(AssistanceCaseEnrolled, {
        ...ids,
        programme: enrolment.programme,
        programmeMemberId: enrolment.programmeMemberId,
        annualMaximum: enrolment.annualMaximum,
        enrolmentEndsOn: enrolment.endsOn,
        enrolledAt: when,
      });
    }
    case 'denied':
      return outgoing(AssistanceCaseDenied, {
        ...ids,
        programme: event.programme,
        reason: event.reason,
        deniedAt: when,
      });
    case 'benefit-low': {
      const enrolment = required(assistanceCase.enrolment, 'enrolment');
      return outgoing(AssistanceCaseBenefitLow, {
        ...ids,
        programme: enrolment.programme,
        warning: event.warning,
        usedAmount: assistanceCase.usedAmount,
        annualMaximum: enrolment.annualMaximum,
        warnedAt: when,
      });
    }
    case 're-enrolment-due': {
      const enrolment = required(assistanceCase.enrolment, 'enrolment');
      return outgoing(AssistanceCaseReEnrolmentDue, {
        ...ids,
        programme: enrolment.programme,
        enrolmentEndsOn: enrolment.endsOn,
        dueOn: required(assistanceCase.reEnrolmentDueOn, 're-enrolment day'),
        notedAt: when,
      });
    }
    case 'closed':
      return outgoing(AssistanceCaseClosed, {
        ...ids,
        reason: required(assistanceCase.closedReason, 'close reason'),
        ...(event.note ? { note: event.note } : {}),
        closedAt: when,
      });
  }
}

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`an assistance-case event without its ${what}`);
  return value;
}
