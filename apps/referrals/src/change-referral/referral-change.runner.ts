import { Inject, Injectable } from '@nestjs/common';
import { AuditWriter } from '@infuse/auth';
import { UnitOfWork } from '@infuse/database';
import { type Invocation } from '@infuse/messaging';
import { type Referral } from '../domain/referral.aggregate';
import { type CompletenessRules } from '../domain/referral-completeness';
import { ReferralError } from '../domain/referral.errors';
import { ReferralEvents } from '../events/referral-events';
import { IntakeCalendar } from '../intake-calendar';
import {
  completenessRules,
  intakeSettingsConfig,
  type IntakeSettings,
} from '../intake-settings.config';
import { ReferralRepository } from '../persistence/referral.repository';
import { REFERRAL_RESOURCE, type ReferralChangeAction } from '../referral-audit';
import { type ReferralSummary, summaryOf } from '../referral-summary';

/**
 * The shape every change to an existing referral takes: in one transaction, lock the referral,
 * let the aggregate decide, save it, publish what changed, and audit the action.
 */
@Injectable()
export class ReferralChangeRunner {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly referrals: ReferralRepository,
    private readonly events: ReferralEvents,
    private readonly calendar: IntakeCalendar,
    private readonly auditWriter: AuditWriter,
    @Inject(intakeSettingsConfig.token) private readonly settings: IntakeSettings,
  ) {}

  run(
    referralId: string,
    invocation: Invocation,
    action: ReferralChangeAction,
    change: (referral: Referral, rules: CompletenessRules) => void,
  ): Promise<ReferralSummary> {
    return this.unitOfWork.run(invocation.transaction, async (manager) => {
      const referral = await this.referrals.lockForChange(manager, referralId);
      if (!referral) throw new ReferralError('REFERRAL.NOT_FOUND', `No referral ${referralId}.`);
      change(referral, completenessRules(this.settings));
      const at = this.calendar.now();
      await this.referrals.save(manager, referral, { by: invocation.actor.subject, at });
      await this.events.publishChanges(manager, referral, invocation, at);
      await this.auditWriter.recordChange(manager, invocation, {
        action,
        resourceType: REFERRAL_RESOURCE,
        resourceId: referral.id,
        patientId: referral.patientId,
      });
      return summaryOf(referral);
    });
  }
}
