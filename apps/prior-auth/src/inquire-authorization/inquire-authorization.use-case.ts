import { Injectable } from '@nestjs/common';
import { type Invocation } from '@infuse/messaging';
import { AUTHORIZATION_ACTIONS } from '../authorization-audit';
import { AuthorizationChangeRunner } from '../authorization-change.runner';
import { type AuthorizationSummary, summaryOf } from '../authorization-summary';
import { awaitsPayerDecision } from '../domain/authorization-status';
import { AuthorizationError } from '../domain/authorization.errors';
import { ReferralSnapshotRepository } from '../persistence/referral-snapshot.repository';
import { referralOf } from '../resubmit-authorization/resubmit-authorization.use-case';
import { SubmissionPipeline } from '../submission/submission-pipeline';

/**
 * Asks the payer where a request awaiting its decision stands (`$inquire`), the fallback when no
 * notification came: a coordinator's question, or the follow-up that falls due for a pended
 * request. The answer is applied when it arrives.
 */
@Injectable()
export class InquireAuthorizationUseCase {
  constructor(
    private readonly runner: AuthorizationChangeRunner,
    private readonly referrals: ReferralSnapshotRepository,
    private readonly pipeline: SubmissionPipeline,
  ) {}

  execute(authorizationId: string, invocation: Invocation): Promise<AuthorizationSummary> {
    return this.runner.run(
      authorizationId,
      invocation,
      AUTHORIZATION_ACTIONS.inquire,
      async (authorization, manager) => {
        if (!awaitsPayerDecision(authorization.status))
          throw new AuthorizationError(
            'AUTHORIZATION.ILLEGAL_TRANSITION',
            `Request ${authorization.id} is ${authorization.status}; only a request awaiting its payer's decision is inquired about.`,
            { requestStatus: authorization.status },
          );
        const referral = await referralOf(this.referrals, manager, authorization);
        await this.pipeline.inquire(manager, authorization, referral, invocation);
        return summaryOf(authorization);
      },
    );
  }
}
