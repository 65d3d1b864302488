import { Injectable } from '@nestjs/common';
import { AuditWriter } from '@infuse/auth';
import { type EventData, type ReferralAccepted } from '@infuse/contracts';
import { UnitOfWork } from '@infuse/database';
import { type Invocation } from '@infuse/messaging';
import { type ReferralCopy } from '../domain/referral-copy';
import { FirstDispenseOpener } from '../open-dispense/first-dispense.opener';
import { PHARMACY_ACTIONS, REFERRAL_COPY_RESOURCE } from '../pharmacy-audit';
import { ReferralCopyRepository } from '../persistence/referral-copy.repository';
import { lockReferral } from '../persistence/referral-lock';

/**
 * Keeps pharmacy's own copy of an accepted referral (patient, order, insurance, labs and document
 * references) and opens its first order if an approval is already here.
 */
@Injectable()
export class KeepReferralUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly referrals: ReferralCopyRepository,
    private readonly opener: FirstDispenseOpener,
    private readonly auditWriter: AuditWriter,
  ) {}

  execute(accepted: EventData<typeof ReferralAccepted>, invocation: Invocation): Promise<void> {
    return this.unitOfWork.run(invocation.transaction, async (manager) => {
      await lockReferral(manager, accepted.referralId);
      const kept = await this.referrals.addIfAbsent(
        manager,
        copyOf(accepted),
        new Date(accepted.acceptedAt),
      );
      // An acceptance arriving again as another event changes nothing.
      if (!kept) return;
      await this.auditWriter.recordChange(manager, invocation, {
        action: PHARMACY_ACTIONS.keepReferral,
        resourceType: REFERRAL_COPY_RESOURCE,
        resourceId: accepted.referralId,
        patientId: accepted.patientId,
      });
      await this.opener.openIfReady(manager, accepted.referralId, invocation);
    });
  }
}

function copyOf(accepted: EventData<typeof ReferralAccepted>): ReferralCopy {
  return {
    referralId: accepted.referralId,
    patientId: accepted.patientId,
    status: 'accepted',
    offLabel: accepted.offLabel,
    patient: accepted.patient,
    prescriber: accepted.prescriber,
    order: accepted.order,
    insurance: accepted.insurance,
    labs: accepted.labs,
    documents: accepted.documents,
  };
}
