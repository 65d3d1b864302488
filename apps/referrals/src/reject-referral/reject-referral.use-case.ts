import { Injectable } from '@nestjs/common';
import { type AuditActor } from '@infuse/auth';
import { ReferralChangeRunner } from '../change-referral/referral-change.runner';
import { REFERRAL_ACTIONS } from '../referral-audit';
import { type ReferralSummary } from '../referral-summary';

/** Intake declines a referral that is still waiting for documents. */
@Injectable()
export class RejectReferralUseCase {
  constructor(private readonly runner: ReferralChangeRunner) {}

  execute(referralId: string, reason: string, actor: AuditActor): Promise<ReferralSummary> {
    return this.runner.run(referralId, actor, REFERRAL_ACTIONS.reject, ({ referral }) =>
      Promise.resolve(referral.reject(reason)),
    );
  }
}
