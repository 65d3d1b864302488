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
import {
  decisionOf,
  describeDecision,
  type PayerDecision,
  sentItemOf,
} from '../domain/payer-decision';
import { PayerDirectory } from '../payer-directory/payer-directory';
import { PayerExchangeRepository } from '../persistence/payer-exchange.repository';
import { PayerSubmissionRepository } from '../persistence/payer-submission.repository';
import { invocationOfCall } from './call-cause';
import { type PayerReply, payerReplyOf, submitAnswerOf } from './payer-answer-reading';
import { SubmitClaim } from './payer-call-kinds';

type Context = NonNullable<(typeof SubmitClaim)['context']>;

/**
 * Applies the payer's answer to a submission (rule 22), in the transaction that marks the call
 * done: every exchange is logged, and the answer to the current submission decides the request.
 * A payer that never answered, after every retry, fails the submission, saying so.
 */
@Injectable()
@HandlesOutboundCall(SubmitClaim)
export class ClaimAnswerHandler implements OutboundCallHandler<Context> {
  constructor(
    private readonly runner: AuthorizationChangeRunner,
    private readonly submissions: PayerSubmissionRepository,
    private readonly exchanges: PayerExchangeRepository,
    private readonly directory: PayerDirectory,
    private readonly calendar: AuthorizationCalendar,
  ) {}

  async succeeded(outcome: CallSucceeded<Context>, manager: EntityManager): Promise<void> {
    await this.apply(outcome.call, manager, payerReplyOf(outcome, submitAnswerOf));
  }

  async failed(outcome: CallFailed<Context>, manager: EntityManager): Promise<void> {
    await this.apply(outcome.call, manager, payerReplyOf(outcome, submitAnswerOf));
  }

  private async apply(
    call: RecordedCall<Context>,
    manager: EntityManager,
    { httpStatus, answer }: PayerReply,
  ): Promise<void> {
    const { authorizationId, submissionId, purpose } = call.context;
    // What the answer decides is announced as caused by the event that began the exchange.
    const invocation = invocationOfCall(call, manager);
    await this.runner.run(
      authorizationId,
      invocation,
      AUTHORIZATION_ACTIONS.answer,
      async (authorization, transaction, at) => {
        const submission = await this.submissions.markAnswered(transaction, submissionId);
        const payer = this.directory.find(authorization.payerId);
        const therapy = authorization.requireTherapy();
        const decision: PayerDecision = answer
          ? decisionOf(answer, sentItemOf(therapy))
          : {
              kind: 'failed',
              errors: [
                {
                  code: 'no-answer',
                  message: `${payer?.name ?? authorization.payerId} did not answer after ${call.attempts} attempts; the request was not received.`,
                },
              ],
            };
        await this.exchanges.record(transaction, authorizationId, {
          operation: purpose,
          bundleIdentifier: submission?.bundleIdentifier ?? null,
          httpStatus,
          decision: answer ? describeDecision(decision) : 'no answer',
          occurredAt: at,
        });
        // A cancellation's answer, or one for a submission since replaced, is logged and no more.
        if (purpose === 'cancel' || authorization.currentSubmissionId !== submissionId) return;
        if (authorization.status !== 'requested') return;
        const turnaround = this.directory.standardTurnaroundHours(authorization.payerId);
        authorization.applyDecision(decision, at, this.calendar.hoursAfter(at, turnaround));
      },
    );
  }
}
