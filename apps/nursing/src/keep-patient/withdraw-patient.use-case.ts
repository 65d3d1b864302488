import { Injectable } from '@nestjs/common';
import { AuditWriter } from '@infuse/auth';
import { type EventData, type ReferralCancelled } from '@infuse/contracts';
import { UnitOfWork } from '@infuse/database';
import { type Invocation } from '@infuse/messaging';
import { NURSING_ACTIONS, PATIENT_COPY_RESOURCE } from '../nursing-audit';
import { PatientCopyRepository } from '../persistence/patient-copy.repository';
import { lockReferral } from '../persistence/referral-lock';

/**
 * A withdrawn referral schedules no more visits. Visits already scheduled are cancelled with
 * their doses, which pharmacy cancels and announces.
 */
@Injectable()
export class WithdrawPatientUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly patients: PatientCopyRepository,
    private readonly auditWriter: AuditWriter,
  ) {}

  execute(cancelled: EventData<typeof ReferralCancelled>, invocation: Invocation): Promise<void> {
    return this.unitOfWork.run(invocation.transaction, async (manager) => {
      await lockReferral(manager, cancelled.referralId);
      if (!(await this.patients.markCancelled(manager, cancelled.referralId))) return;
      await this.auditWriter.recordChange(manager, invocation, {
        action: NURSING_ACTIONS.withdrawPatient,
        resourceType: PATIENT_COPY_RESOURCE,
        resourceId: cancelled.referralId,
        patientId: cancelled.patientId,
      });
    });
  }
}
