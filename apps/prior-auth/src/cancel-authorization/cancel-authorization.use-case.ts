import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@infuse/database';
import { type Invocation } from '@infuse/messaging';
import { type EntityManager } from 'typeorm';
import { AUTHORIZATION_ACTIONS } from '../authorization-audit';
import { AuthorizationCalendar } from '../authorization-calendar';
import { AuthorizationChangeRunner } from '../authorization-change.runner';
import { type AuthorizationSummary, summaryOf } from '../authorization-summary';
import { type Authorization } from '../domain/authorization.aggregate';
import { canMove } from '../domain/authorization-status';
import { AuthorizationError } from '../domain/authorization.errors';
import { AuthorizationRepository } from '../persistence/authorization.repository';
import { PayerSubmissionRepository } from '../persistence/payer-submission.repository';
import { ReferralSnapshotRepository } from '../persistence/referral-snapshot.repository';
import { SubmissionPipeline } from '../submission/submission-pipeline';

// The contract keeps a cancellation's reason to 500 characters.
const MAX_REASON = 500;

/**
 * Withdraws a request: it is cancelled here at once, a submission still gathering its documents
 * is abandoned, and a request that reached its payer is cancelled there too (a PAS cancellation
 * of the Claim last sent).
 */
@Injectable()
export class CancelAuthorizationUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly runner: AuthorizationChangeRunner,
    private readonly authorizations: AuthorizationRepository,
    private readonly referrals: ReferralSnapshotRepository,
    private readonly submissions: PayerSubmissionRepository,
    private readonly pipeline: SubmissionPipeline,
    private readonly calendar: AuthorizationCalendar,
  ) {}

  /** A coordinator withdraws one request. */
  execute(
    authorizationId: string,
    reason: string | undefined,
    invocation: Invocation,
  ): Promise<AuthorizationSummary> {
    return this.runner.run(
      authorizationId,
      invocation,
      AUTHORIZATION_ACTIONS.cancel,
      async (authorization, manager) => {
        await this.withdraw(manager, authorization, reason, invocation);
        return summaryOf(authorization);
      },
    );
  }

  /** The referral was cancelled: every request of it that can still be withdrawn is. */
  cancelForReferral(
    referralId: string,
    cancelled: { reason?: string; cancelledAt: string },
    invocation: Invocation,
  ): Promise<void> {
    const reason = `Referral cancelled${cancelled.reason ? `: ${cancelled.reason}` : ''}`.slice(
      0,
      MAX_REASON,
    );
    return this.unitOfWork.run(invocation.transaction, async (manager) => {
      const referral = await this.referrals.lock(manager, referralId);
      if (!referral) return;
      await this.referrals.markCancelled(manager, referralId, new Date(cancelled.cancelledAt));
      const at = this.calendar.now();
      for (const authorization of await this.authorizations.lockOfReferral(manager, referralId)) {
        if (!canMove(authorization.status, 'cancelled')) continue;
        await this.withdraw(manager, authorization, reason, invocation);
        await this.runner.commit(
          manager,
          authorization,
          invocation,
          AUTHORIZATION_ACTIONS.cancel,
          at,
        );
      }
    });
  }

  private async withdraw(
    manager: EntityManager,
    authorization: Authorization,
    reason: string | undefined,
    invocation: Invocation,
  ): Promise<void> {
    const gathering = authorization.currentSubmissionId;
    authorization.cancel(reason);
    if (gathering) await this.submissions.abandon(manager, gathering);
    if (!authorization.sentToPayer) return;
    const referral = await this.referrals.find(manager, authorization.referralId);
    if (!referral)
      throw new AuthorizationError(
        'AUTHORIZATION.NOT_FOUND',
        `No referral ${authorization.referralId} for ${authorization.id}.`,
      );
    await this.pipeline.cancelAtPayer(manager, authorization, referral, invocation);
  }
}
