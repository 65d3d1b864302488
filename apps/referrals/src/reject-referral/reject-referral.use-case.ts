import { Injectable } from '@nestjs/common';
import { ReferralChangeRunner } from '../change-referral/referral-change.runner';
import { type ReferralSummary } from '../referral-summary';

/** Intake declines a referral that is still waiting for documents. */
@Injectable()
export class RejectReferralUseCase {
  constructor(private readonly runner: ReferralChangeRunner) {}

  execute(referralId: string, reason: string, actor: string): Promise<ReferralSummary> {
    return this.runner.run(referralId, actor, ({ referral }) =>
      Promise.resolve(referral.reject(reason)),
    );
  }
}
