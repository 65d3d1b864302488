import { Injectable } from '@nestjs/common';
import {
  type CallFailed,
  type CallSucceeded,
  HandlesOutboundCall,
  type OutboundCallHandler,
  type RecordedCall,
} from '@infuse/outbound-calls';
import { type EntityManager } from 'typeorm';
import { AUTHORIZATION_ACTIONS } from '../authorization-audit';
import { AuthorizationCalendar } from '../authorization-calendar';
import { AuthorizationChangeRunner } from '../authorization-change.runner';
import { awaitsPayerDecision } from '../domain/authorization-status';
import { decisionOf, describeDecision, sentItemOf } from '../domain/payer-decision';
import { PayerDirectory } from '../payer-directory/payer-directory';
import { PayerExchangeRepository } from '../persistence/payer-exchange.repository';
import { PayerSubmissionRepository } from '../persistence/payer-submission.repository';
import { invocationOfCall } from './call-cause';
import { inquiryAnswerOf, type PayerReply, payerReplyOf } from './payer-answer-reading';
import { InquireClaim } from './payer-call-kinds';

type Context = NonNullable<(typeof InquireClaim)['context']>;

/**
 * Applies the answer to `$inquire` like any later answer: it decides a request still awaiting
 * its payer. An inquiry the payer refuses or never answers changes nothing but the exchange log.
 */
@Injectable()
@HandlesOutboundCall(InquireClaim)
export class InquiryAnswerHandler implements OutboundCallHandler<Context> {
  constructor(
    private readonly runner: AuthorizationChangeRunner,
    private readonly submissions: PayerSubmissionRepository,
    private readonly exchanges: PayerExchangeRepository,
    private readonly directory: PayerDirectory,
    private readonly calendar: AuthorizationCalendar,
  ) {}

  async succeeded(outcome: CallSucceeded<Context>, manager: EntityManager): Promise<void> {
    await this.apply(outcome.call, manager, replyOf(outcome));
  }

  async failed(outcome: CallFailed<Context>, manager: EntityManager): Promise<void> {
    await this.apply(outcome.call, manager, replyOf(outcome));
  }

  private async apply(
    call: RecordedCall<Context>,
    manager: EntityManager,
    { httpStatus, answer }: PayerReply,
  ): Promise<void> {
    const { authorizationId, submissionId } = call.context;
    // What the answer decides is announced as caused by the event that began the exchange.
    const invocation = invocationOfCall(call, manager);
    await this.runner.run(
      authorizationId,
      invocation,
      AUTHORIZATION_ACTIONS.answer,
      async (authorization, transaction, at) => {
        const submission = await this.submissions.markAnswered(transaction, submissionId);
        const decision =
          answer && authorization.therapy
            ? decisionOf(answer, sentItemOf(authorization.therapy))
            : undefined;
        await this.exchanges.record(transaction, authorizationId, {
          operation: 'inquire',
          bundleIdentifier: submission?.bundleIdentifier ?? null,
          httpStatus,
          decision: decision ? describeDecision(decision) : 'no answer',
          occurredAt: at,
        });
        if (!decision || decision.kind === 'failed' || !awaitsPayerDecision(authorization.status))
          return;
        const turnaround = this.directory.standardTurnaroundHours(authorization.payerId);
        authorization.applyDecision(decision, at, this.calendar.hoursAfter(at, turnaround));
      },
    );
  }
}

// The inquiry names the request's Claim by the request's id.
function replyOf(outcome: CallSucceeded<Context> | CallFailed<Context>): PayerReply {
  return payerReplyOf(outcome, (response) =>
    inquiryAnswerOf(response, outcome.call.context.authorizationId),
  );
}
