import { Injectable } from '@nestjs/common';
import { type Invocation } from '@infuse/messaging';
import { ReferralChangeRunner } from '../change-referral/referral-change.runner';
import { type LabInput } from '../domain/referral-input';
import { REFERRAL_ACTIONS } from '../referral-audit';
import { type ReferralSummary } from '../referral-summary';

/** Adds a lab result to an open referral and judges it again: it may now be complete. */
@Injectable()
export class AddLabUseCase {
  constructor(private readonly runner: ReferralChangeRunner) {}

  execute(referralId: string, lab: LabInput, invocation: Invocation): Promise<ReferralSummary> {
    return this.runner.run(referralId, invocation, REFERRAL_ACTIONS.addLab, (referral, rules) =>
      referral.addLab(lab, rules),
    );
  }
}
