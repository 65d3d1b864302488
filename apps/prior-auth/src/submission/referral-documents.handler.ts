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
import { AuthorizationChangeRunner } from '../authorization-change.runner';
import { type Authorization } from '../domain/authorization.aggregate';
import {
  type PayerSubmission,
  PayerSubmissionRepository,
} from '../persistence/payer-submission.repository';
import { ReferralSnapshotRepository } from '../persistence/referral-snapshot.repository';
import { invocationOfCall } from './call-cause';
import { FetchReferralDocuments } from './payer-call-kinds';
import { documentsIn } from './referral-documents-reading';
import { SubmissionPipeline } from './submission-pipeline';

type Context = NonNullable<(typeof FetchReferralDocuments)['context']>;

/**
 * Receives a submission's documents from referrals, all at once, and in the transaction that
 * marks their read done builds the bundle and records the call to the payer; the contents are
 * kept only in that bundle. A read for a submission that no longer counts (the request was
 * cancelled or resubmitted) is dropped; documents that cannot be read hold the request for a
 * coordinator, saying which.
 */
@Injectable()
@HandlesOutboundCall(FetchReferralDocuments)
export class ReferralDocumentsHandler implements OutboundCallHandler<Context> {
  constructor(
    private readonly runner: AuthorizationChangeRunner,
    private readonly submissions: PayerSubmissionRepository,
    private readonly referrals: ReferralSnapshotRepository,
    private readonly pipeline: SubmissionPipeline,
  ) {}

  async succeeded(
    { call, response }: CallSucceeded<Context>,
    manager: EntityManager,
  ): Promise<void> {
    const read = documentsIn(response, call.context.documents);
    await this.withCurrentSubmission(
      call,
      manager,
      async (authorization, submission, transaction) => {
        if (!read.ok) {
          await this.submissions.abandon(transaction, submission.id);
          authorization.needsReview(read.problem, null);
          return;
        }
        const referral = await this.referrals.find(transaction, authorization.referralId);
        if (!referral) return;
        await this.pipeline.send(
          transaction,
          authorization,
          referral,
          submission,
          read.documents,
          invocationOfCall(call, transaction),
        );
      },
    );
  }

  async failed(outcome: CallFailed<Context>, manager: EntityManager): Promise<void> {
    const { call } = outcome;
    const why =
      outcome.reason === 'rejected'
        ? `referrals answered HTTP ${outcome.response.status}`
        : `referrals did not answer (${outcome.failure.reason})`;
    await this.withCurrentSubmission(
      call,
      manager,
      async (authorization, submission, transaction) => {
        await this.submissions.abandon(transaction, submission.id);
        authorization.needsReview(`the documents could not be read: ${why}`, null);
      },
    );
  }

  private async withCurrentSubmission(
    call: RecordedCall<Context>,
    manager: EntityManager,
    work: (
      authorization: Authorization,
      submission: PayerSubmission,
      manager: EntityManager,
    ) => Promise<void>,
  ): Promise<void> {
    await this.runner.run(
      call.context.authorizationId,
      invocationOfCall(call, manager),
      AUTHORIZATION_ACTIONS.send,
      async (authorization, transaction) => {
        // The request row is locked first, then the submission, as every change takes them.
        const submission = await this.submissions.lock(transaction, call.context.submissionId);
        if (!submission) return;
        const current =
          submission.state === 'gathering' &&
          authorization.currentSubmissionId === submission.id &&
          authorization.status === 'requested';
        if (!current) {
          if (submission.state === 'gathering')
            await this.submissions.abandon(transaction, submission.id);
          return;
        }
        await work(authorization, submission, transaction);
      },
    );
  }
}
