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
import { PayerSubmissionRepository } from '../persistence/payer-submission.repository';
import { ReferralSnapshotRepository } from '../persistence/referral-snapshot.repository';
import { FetchReferralDocument } from './payer-call-kinds';
import { SubmissionPipeline } from './submission-pipeline';

type Context = NonNullable<(typeof FetchReferralDocument)['context']>;

/**
 * Keeps each document content referrals serves, in the transaction that marks its read done;
 * the read that completes the set builds the bundle and records the call to the payer. A read
 * for a submission that no longer counts (the request was cancelled or resubmitted) is dropped.
 */
@Injectable()
@HandlesOutboundCall(FetchReferralDocument)
export class ReferralDocumentHandler implements OutboundCallHandler<Context> {
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
    await this.withCurrentSubmission(call, manager, async (authorization, transaction) => {
      const { submissionId, documentId } = call.context;
      await this.submissions.storeDocument(
        transaction,
        submissionId,
        documentId,
        response.body.toString('base64'),
      );
      const documents = await this.submissions.documentsIfComplete(transaction, submissionId);
      if (!documents) return;
      const [referral, submission] = await Promise.all([
        this.referrals.find(transaction, authorization.referralId),
        this.submissions.lock(transaction, submissionId),
      ]);
      if (!referral || !submission) return;
      await this.pipeline.send(transaction, authorization, referral, submission, documents, {
        actor: call.actor,
        transaction,
      });
    });
  }

  async failed(outcome: CallFailed<Context>, manager: EntityManager): Promise<void> {
    const { call } = outcome;
    const why =
      outcome.reason === 'rejected'
        ? `referrals answered HTTP ${outcome.response.status}`
        : `referrals did not answer (${outcome.failure.reason})`;
    await this.withCurrentSubmission(call, manager, async (authorization, transaction) => {
      const title = await this.submissions.documentTitle(
        transaction,
        call.context.submissionId,
        call.context.documentId,
      );
      await this.submissions.abandon(transaction, call.context.submissionId);
      authorization.needsReview(`document "${title}" could not be read: ${why}`, null);
    });
  }

  private async withCurrentSubmission(
    call: RecordedCall<Context>,
    manager: EntityManager,
    work: (authorization: Authorization, manager: EntityManager) => Promise<void>,
  ): Promise<void> {
    const invocation = { actor: call.actor, transaction: manager };
    await this.runner.run(
      call.context.authorizationId,
      invocation,
      AUTHORIZATION_ACTIONS.send,
      async (authorization, transaction) => {
        // The request row is locked first, then the submission: every handler takes them in that
        // order, so the reads of one submission take turns and the last one sees every document.
        const submission = await this.submissions.lock(transaction, call.context.submissionId);
        const current =
          submission?.state === 'gathering' &&
          authorization.currentSubmissionId === submission.id &&
          authorization.status === 'requested';
        if (!current) {
          if (submission?.state === 'gathering')
            await this.submissions.abandon(transaction, submission.id);
          return;
        }
        await work(authorization, transaction);
      },
    );
  }
}
