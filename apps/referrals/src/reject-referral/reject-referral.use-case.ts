import { Injectable } from '@nestjs/common';
import { type Invocation } from '@infuse/messaging';
import { ReferralChangeRunner } from '../change-referral/referral-change.runner';
import { REFERRAL_ACTIONS } from '../referral-audit';
import { type ReferralSummary } from '../referral-summary';

/** Intake declines a referral that is still waiting for documents. */
@Injectable()
export class RejectReferralUseCase {
  constructor(private readonly runner: ReferralChangeRunner) {}

  execute(referralId: string, reason: string, invocation: Invocation): Promise<ReferralSummary> {
    return this.runner.run(referralId, invocation, REFERRAL_ACTIONS.reject, (referral) =>
      referral.reject(reason),
    );
  }
}
