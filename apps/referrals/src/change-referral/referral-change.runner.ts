import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditWriter } from '@infuse/auth';
import { type Invocation } from '@infuse/messaging';
import { DataSource, type EntityManager } from 'typeorm';
import { type ReferralChange } from '../domain/referral.aggregate';
import { ReferralError } from '../domain/referral.errors';
import { missingItems } from '../domain/referral-completeness';
import { ReferralEvents } from '../events/referral-events';
import { intakeSettingsConfig, type IntakeSettings } from '../intake-settings.config';
import { type LockedReferral, ReferralRepository } from '../persistence/referral.repository';
import { REFERRAL_RESOURCE, type ReferralChangeAction } from '../referral-audit';
import { type ReferralSummary, summaryOf } from '../referral-summary';

/**
 * The shape every change to an existing referral takes: in one transaction, lock the referral,
 * let the aggregate decide, store the result and its status history, publish its events.
 */
@Injectable()
export class ReferralChangeRunner {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly referrals: ReferralRepository,
    private readonly events: ReferralEvents,
    @Inject(intakeSettingsConfig.token) private readonly settings: IntakeSettings,
    private readonly auditWriter: AuditWriter,
  ) {}

  async run(
    referralId: string,
    invocation: Invocation,
    action: ReferralChangeAction,
    change: (locked: LockedReferral, manager: EntityManager) => Promise<ReferralChange[]>,
  ): Promise<ReferralSummary> {
    return this.dataSource.transaction(async (manager) => {
      const locked = await this.referrals.lockForChange(manager, referralId);
      if (!locked) throw new ReferralError('REFERRAL.NOT_FOUND', `No referral ${referralId}.`);
      const changes = await change(locked, manager);
      await this.referrals.saveChanges(manager, locked, changes, invocation.actor.subject);
      await this.events.changed(manager, locked.record, changes, invocation);
      await this.auditWriter.recordChange(manager, invocation, {
        action,
        resourceType: REFERRAL_RESOURCE,
        resourceId: locked.record.id,
        patientId: locked.record.patientId,
      });
      return summaryOf(locked.record);
    });
  }

  /** Judges the referral again on what is stored now (after a document or lab was added). */
  async reevaluate(locked: LockedReferral, manager: EntityManager): Promise<ReferralChange[]> {
    const contents = await this.referrals.contentsOf(manager, locked.record);
    return locked.referral.reevaluate(
      missingItems(contents, { renalLabMaxAgeDays: this.settings.INTAKE_RENAL_LAB_MAX_AGE_DAYS }),
    );
  }
}
