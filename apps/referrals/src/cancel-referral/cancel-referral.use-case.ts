import { Injectable } from '@nestjs/common';
import { ReferralChangeRunner } from '../change-referral/referral-change.runner';
import { type ReferralSummary } from '../referral-summary';

/** The referral will not go ahead (withdrawn by the prescriber, patient moved, therapy stopped). */
@Injectable()
export class CancelReferralUseCase {
  constructor(private readonly runner: ReferralChangeRunner) {}

  execute(referralId: string, reason: string | undefined, actor: string): Promise<ReferralSummary> {
    return this.runner.run(referralId, actor, ({ referral }) =>
      Promise.resolve(referral.cancel(reason)),
    );
  }
}
