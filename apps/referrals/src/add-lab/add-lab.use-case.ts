import { Inject, Injectable } from '@nestjs/common';
import { intakeSettingsConfig, type IntakeSettings } from '../intake-settings.config';
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
    @Inject(intakeSettingsConfig.token) private readonly settings: IntakeSettings,
  ) {}

  async execute(
    referralId: string,
    lab: ReferralLabInput,
    actor: string,
  ): Promise<ReferralSummary> {
    return this.runner.run(referralId, actor, async (locked, manager) => {
      locked.referral.requireOpen('add a lab to');
      await this.referrals.insertLabs(manager, referralId, [lab], actor);
      return this.runner.reevaluate(locked, manager, {
        renalLabMaxAgeDays: this.settings.INTAKE_RENAL_LAB_MAX_AGE_DAYS,
      });
    });
  }
}
