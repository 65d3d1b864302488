import { Injectable } from '@nestjs/common';
import { type Invocation } from '@infuse/messaging';
import { ReferralChangeRunner } from '../change-referral/referral-change.runner';
import { ReferralEvents } from '../events/referral-events';
import { ReferralRepository } from '../persistence/referral.repository';
import { REFERRAL_ACTIONS } from '../referral-audit';
import { type ReferralSummary } from '../referral-summary';
import { type ReferralLabInput } from '../submit-referral/referral-submission.schema';

/** Adds a lab result to an open referral and judges it again: it may now be complete. */
@Injectable()
export class AddLabUseCase {
  constructor(
    private readonly runner: ReferralChangeRunner,
    private readonly referrals: ReferralRepository,
    private readonly events: ReferralEvents,
  ) {}

  async execute(
    referralId: string,
    lab: ReferralLabInput,
    invocation: Invocation,
  ): Promise<ReferralSummary> {
    return this.runner.run(
      referralId,
      invocation,
      REFERRAL_ACTIONS.addLab,
      async (locked, manager) => {
        locked.referral.requireOpen('add a lab to');
        await this.referrals.insertLabs(manager, referralId, [lab], invocation.actor.subject);
        await this.events.labAdded(manager, locked.record, lab, invocation);
        return this.runner.reevaluate(locked, manager);
      },
    );
  }
}
