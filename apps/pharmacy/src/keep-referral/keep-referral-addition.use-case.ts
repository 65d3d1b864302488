import { Injectable } from '@nestjs/common';
import { AuditWriter } from '@infuse/auth';
import { type DocumentReference, type LabResult } from '@infuse/contracts';
import { UnitOfWork } from '@infuse/database';
import { type Invocation } from '@infuse/messaging';
import { PharmacyCalendar } from '../pharmacy-calendar';
import { PHARMACY_ACTIONS, REFERRAL_COPY_RESOURCE } from '../pharmacy-audit';
import { ReferralCopyRepository } from '../persistence/referral-copy.repository';

/** A lab or document added to a referral after it was submitted. */
export interface ReferralAddition {
  referralId: string;
  patientId: string;
  addition: { lab: LabResult } | { document: DocumentReference };
}

/**
 * Adds a later lab or document to pharmacy's copy, so later cycles see fresh labs. One that
 * arrives before the acceptance is already in the acceptance's copy (same topic, same order),
 * so a referral pharmacy does not hold yet is left alone.
 */
@Injectable()
export class KeepReferralAdditionUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly referrals: ReferralCopyRepository,
    private readonly calendar: PharmacyCalendar,
    private readonly auditWriter: AuditWriter,
  ) {}

  execute(addition: ReferralAddition, invocation: Invocation): Promise<void> {
    return this.unitOfWork.run(invocation.transaction, async (manager) => {
      const appended = await this.referrals.append(
        manager,
        addition.referralId,
        addition.addition,
        this.calendar.now(),
      );
      if (!appended) return;
      await this.auditWriter.recordChange(manager, invocation, {
        action: PHARMACY_ACTIONS.addToReferral,
        resourceType: REFERRAL_COPY_RESOURCE,
        resourceId: addition.referralId,
        patientId: addition.patientId,
      });
    });
  }
}
