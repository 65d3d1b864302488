import { Injectable } from '@nestjs/common';
import { AuditWriter } from '@infuse/auth';
import { type EventData, type ReferralCancelled } from '@infuse/contracts';
import { UnitOfWork } from '@infuse/database';
import { type Invocation } from '@infuse/messaging';
import { VisitCanceller } from '../cancel-visits/visit-canceller';
import { NURSING_ACTIONS, PATIENT_COPY_RESOURCE } from '../nursing-audit';
import { PatientCopyRepository } from '../persistence/patient-copy.repository';
import { lockReferral } from '../persistence/referral-lock';
import { VisitRepository } from '../persistence/visit.repository';

/**
 * A withdrawn referral schedules no more visits, and its visits not begun are cancelled: the
 * patient will not be seen under it, even for a dose pharmacy had already shipped.
 */
@Injectable()
export class WithdrawPatientUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly patients: PatientCopyRepository,
    private readonly visits: VisitRepository,
    private readonly canceller: VisitCanceller,
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
      const reason = cancelled.reason
        ? `Referral cancelled: ${cancelled.reason}`
        : 'Referral cancelled';
      await this.canceller.cancelNotBegun(
        manager,
        cancelled.referralId,
        await this.visits.forReferral(manager, cancelled.referralId),
        reason,
        invocation,
      );
    });
  }
}
