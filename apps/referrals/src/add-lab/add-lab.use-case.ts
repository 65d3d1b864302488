import { Injectable } from '@nestjs/common';
import { type AuditActor } from '@infuse/auth';
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
    actor: AuditActor,
  ): Promise<ReferralSummary> {
    return this.runner.run(referralId, actor, REFERRAL_ACTIONS.addLab, async (locked, manager) => {
      locked.referral.requireOpen('add a lab to');
      await this.referrals.insertLabs(manager, referralId, [lab], actor.subject);
      await this.events.labAdded(manager, locked.record, lab, actor.subject);
      return this.runner.reevaluate(locked, manager);
    });
  }
}
