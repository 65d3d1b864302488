import { Injectable } from '@nestjs/common';
import { type Invocation } from '@infuse/messaging';
import { type EntityManager } from 'typeorm';
import { AUTHORIZATION_ACTIONS } from '../authorization-audit';
import { AuthorizationChangeRunner } from '../authorization-change.runner';
import { type AuthorizationSummary, summaryOf } from '../authorization-summary';
import { type Authorization } from '../domain/authorization.aggregate';
import { AuthorizationError } from '../domain/authorization.errors';
import { type ReferralSnapshot } from '../domain/referral-snapshot';
import { ReferralSnapshotRepository } from '../persistence/referral-snapshot.repository';
import { SubmissionPipeline } from '../submission/submission-pipeline';

/**
 * Sends a request again, as a new submission (new bundle identifier and fullUrls, the same Claim
 * identifier): after a refused submission, or for a pended, appealed or reviewed request with new
 * information. A coordinator may correct the member id a payer rejected.
 */
@Injectable()
export class ResubmitAuthorizationUseCase {
  constructor(
    private readonly runner: AuthorizationChangeRunner,
    private readonly referrals: ReferralSnapshotRepository,
    private readonly pipeline: SubmissionPipeline,
  ) {}

  execute(
    authorizationId: string,
    correction: { memberId?: string },
    invocation: Invocation,
  ): Promise<AuthorizationSummary> {
    return this.runner.run(
      authorizationId,
      invocation,
      AUTHORIZATION_ACTIONS.resubmit,
      async (authorization, manager) => {
        const referral = await referralOf(this.referrals, manager, authorization);
        await this.pipeline.submit(manager, authorization, referral, invocation, correction);
        return summaryOf(authorization);
      },
    );
  }
}

/** The referral a request was opened for; a request never outlives it. */
export async function referralOf(
  referrals: ReferralSnapshotRepository,
  manager: EntityManager,
  authorization: Authorization,
): Promise<ReferralSnapshot> {
  const referral = await referrals.find(manager, authorization.referralId);
  if (!referral)
    throw new AuthorizationError(
      'AUTHORIZATION.NOT_FOUND',
      `No referral ${authorization.referralId} for ${authorization.id}.`,
    );
  if (referral.cancelledAt)
    throw new AuthorizationError(
      'AUTHORIZATION.ILLEGAL_TRANSITION',
      `Referral ${referral.referralId} is cancelled.`,
      { requestStatus: authorization.status },
    );
  return referral;
}
