import { Inject, Injectable } from '@nestjs/common';
import { AuditWriter } from '@infuse/auth';
import { type DispenseReleased, type EventData } from '@infuse/contracts';
import { UnitOfWork } from '@infuse/database';
import { type Invocation } from '@infuse/messaging';
import { doseLabPlans, hemolysisAfterPlan, releasedDoseOf } from '../domain/dose-lab-plans';
import { FOLLOW_UP_ACTIONS, FOLLOW_UP_DOSE_RESOURCE } from '../follow-up-audit';
import { type FollowUpSettings, followUpSettingsConfig } from '../follow-up-settings.config';
import { OpenFollowUpsUseCase } from '../open-follow-up/open-follow-ups.use-case';
import { ReleasedDoseRepository } from '../persistence/released-dose.repository';

/**
 * Keeps a released dose and opens the labs it calls for: trough IgG (every Nth dose, after a
 * product switch) and Hgb/Hct before it; after the last infusion, Hgb/Hct in its window.
 */
@Injectable()
export class RecordDoseUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly doses: ReleasedDoseRepository,
    private readonly openFollowUps: OpenFollowUpsUseCase,
    private readonly auditWriter: AuditWriter,
    @Inject(followUpSettingsConfig.token) private readonly settings: FollowUpSettings,
  ) {}

  async released(released: EventData<typeof DispenseReleased>, invocation: Invocation) {
    await this.unitOfWork.run(invocation.transaction, async (manager) => {
      const dose = releasedDoseOf(released);
      if (!(await this.doses.addIfAbsent(manager, dose))) return;
      await this.auditWriter.recordChange(manager, invocation, {
        action: FOLLOW_UP_ACTIONS.keepDose,
        resourceType: FOLLOW_UP_DOSE_RESOURCE,
        resourceId: dose.dispenseId,
        patientId: dose.patientId,
      });
      const previous = await this.doses.previousProduct(manager, dose.referralId, dose.cycle);
      const plans = doseLabPlans(released, previous, {
        troughEveryNthDose: this.settings.FOLLOW_UPS_TROUGH_EVERY_NTH_DOSE,
        troughAfterSwitchFromDays: this.settings.FOLLOW_UPS_TROUGH_AFTER_SWITCH_FROM_DAYS,
        troughAfterSwitchUntilDays: this.settings.FOLLOW_UPS_TROUGH_AFTER_SWITCH_UNTIL_DAYS,
        labLeadHours: this.settings.FOLLOW_UPS_LAB_LEAD_HOURS,
        timeZone: this.settings.FOLLOW_UPS_TIME_ZONE,
      });
      await this.openFollowUps.execute(plans, { ...invocation, transaction: manager });
    });
  }

  /** The dose's last infusion ended: Hgb/Hct in the window after it, when rule 17 asked. */
  async infused(
    visit: { dispenseId: string; visitId: string; endedAt: string },
    invocation: Invocation,
  ) {
    await this.unitOfWork.run(invocation.transaction, async (manager) => {
      const dose = await this.doses.find(manager, visit.dispenseId);
      const plan = dose && hemolysisAfterPlan(dose, visit);
      if (plan) await this.openFollowUps.execute([plan], { ...invocation, transaction: manager });
    });
  }
}
