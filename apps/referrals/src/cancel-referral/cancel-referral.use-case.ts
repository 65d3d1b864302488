import { Injectable } from '@nestjs/common';
import { type Invocation } from '@infuse/messaging';
import { ReferralChangeRunner } from '../change-referral/referral-change.runner';
import { REFERRAL_ACTIONS } from '../referral-audit';
import { type ReferralSummary } from '../referral-summary';

/** The referral will not go ahead (withdrawn by the prescriber, patient moved, therapy stopped). */
@Injectable()
export class CancelReferralUseCase {
  constructor(private readonly runner: ReferralChangeRunner) {}

  execute(
    referralId: string,
    reason: string | undefined,
    invocation: Invocation,
  ): Promise<ReferralSummary> {
    return this.runner.run(referralId, invocation, REFERRAL_ACTIONS.cancel, (referral) =>
      referral.cancel(reason),
    );
  }
}
