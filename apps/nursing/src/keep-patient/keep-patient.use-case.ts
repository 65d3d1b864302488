import { Injectable } from '@nestjs/common';
import { AuditWriter } from '@infuse/auth';
import { type EventData, type ReferralAccepted } from '@infuse/contracts';
import { UnitOfWork } from '@infuse/database';
import { type Invocation } from '@infuse/messaging';
import { patientCopyOf } from '../domain/dose-copy';
import { NURSING_ACTIONS, PATIENT_COPY_RESOURCE } from '../nursing-audit';
import { PatientCopyRepository } from '../persistence/patient-copy.repository';
import { lockReferral } from '../persistence/referral-lock';
import { VisitScheduler } from '../schedule-visits/visit-scheduler';

/**
 * Keeps what nursing needs of an accepted referral (home, phone, allergies, risk conditions,
 * prescriber, interval) and schedules the visits of any dose released before it arrived.
 */
@Injectable()
export class KeepPatientUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly patients: PatientCopyRepository,
    private readonly scheduler: VisitScheduler,
    private readonly auditWriter: AuditWriter,
  ) {}

  execute(accepted: EventData<typeof ReferralAccepted>, invocation: Invocation): Promise<void> {
    return this.unitOfWork.run(invocation.transaction, async (manager) => {
      await lockReferral(manager, accepted.referralId);
      const kept = await this.patients.addIfAbsent(
        manager,
        patientCopyOf(accepted),
        new Date(accepted.acceptedAt),
      );
      // An acceptance arriving again as another event changes nothing.
      if (!kept) return;
      await this.auditWriter.recordChange(manager, invocation, {
        action: NURSING_ACTIONS.keepPatient,
        resourceType: PATIENT_COPY_RESOURCE,
        resourceId: accepted.referralId,
        patientId: accepted.patientId,
      });
      await this.scheduler.scheduleReady(manager, accepted.referralId, invocation);
    });
  }
}
