import { Injectable } from '@nestjs/common';
import { ReferralChangeRunner } from '../change-referral/referral-change.runner';
import { ReferralRepository } from '../persistence/referral.repository';
import { type ReferralSummary } from '../referral-summary';
import { type ReferralLabInput } from '../submit-referral/referral-submission.schema';

/** Adds a lab result to an open referral and judges it again: it may now be complete. */
@Injectable()
export class AddLabUseCase {
  constructor(
    private readonly runner: ReferralChangeRunner,
    private readonly referrals: ReferralRepository,
  ) {}

  async execute(
    referralId: string,
    lab: ReferralLabInput,
    actor: string,
  ): Promise<ReferralSummary> {
    return this.runner.run(referralId, actor, async (locked, manager) => {
      locked.referral.requireOpen('add a lab to');
      await this.referrals.insertLabs(manager, referralId, [lab], actor);
      return this.runner.reevaluate(locked, manager);
    });
  }
}
