import { Injectable } from '@nestjs/common';
import {
  type CallFailed,
  type CallSucceeded,
  HandlesOutboundCall,
  type OutboundCallHandler,
  type RecordedCall,
} from '@infuse/outbound-calls';
import { type EntityManager } from 'typeorm';
import { ASSISTANCE_ACTIONS } from '../assistance-audit';
import { AssistanceCalendar } from '../assistance-calendar';
import { AssistanceCaseRunner } from '../assistance-case.runner';
import { awaitsCall, type CaseEvent, deny, enrol } from '../domain/assistance-case';
import { EnrolInProgramme } from './enrol-in-programme.call';
import { enrolmentAnswerSchema } from './enrolment-answer';

type Context = NonNullable<(typeof EnrolInProgramme)['context']>;

/**
 * Applies a programme's answer to the case that still waits on that very call: enrolled (and
 * re-enrolment scheduled before the end) or denied. A refusal of the request itself, or a
 * programme that never answered, denies it with the reason, for the coordinator to act on.
 */
@Injectable()
@HandlesOutboundCall(EnrolInProgramme)
export class EnrolmentAnswerHandler implements OutboundCallHandler<Context> {
  constructor(
    private readonly runner: AssistanceCaseRunner,
    private readonly calendar: AssistanceCalendar,
  ) {}

  async succeeded(outcome: CallSucceeded<Context>, manager: EntityManager): Promise<void> {
    const answer = enrolmentAnswerSchema.safeParse(outcome.response.json());
    await this.apply(outcome.call, manager, (assistanceCase, now) => {
      if (!answer.success)
        return deny(assistanceCase, 'The programme answered with an enrolment Infuse cannot read');
      if (answer.data.status === 'denied') return deny(assistanceCase, answer.data.reason);
      return enrol(
        assistanceCase,
        {
          programmeMemberId: answer.data.memberId,
          annualMaximum: answer.data.annualMaximum,
          endsOn: answer.data.endsOn,
          enrolledAt: now,
        },
        this.calendar.reEnrolmentDueOn(answer.data.endsOn),
      );
    });
  }

  async failed(outcome: CallFailed<Context>, manager: EntityManager): Promise<void> {
    const reason =
      outcome.reason === 'rejected'
        ? `The programme refused the request (HTTP ${outcome.response.status})`
        : 'The programme could not be reached after the last attempt';
    await this.apply(outcome.call, manager, (assistanceCase) => deny(assistanceCase, reason));
  }

  private async apply(
    call: RecordedCall<Context>,
    manager: EntityManager,
    decide: (assistanceCase: Parameters<typeof deny>[0], now: Date) => CaseEvent[],
  ): Promise<void> {
    await this.runner.byId(
      call.context.caseId,
      { actor: call.actor, transaction: manager },
      ASSISTANCE_ACTIONS.answerEnrolment,
      (assistanceCase, { now }) =>
        awaitsCall(assistanceCase, call.id) ? decide(assistanceCase, now) : null,
    );
  }
}
