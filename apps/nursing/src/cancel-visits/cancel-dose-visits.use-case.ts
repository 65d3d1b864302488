import { Injectable } from '@nestjs/common';
import { AuditWriter } from '@infuse/auth';
import { type DispenseCancelled, type EventData } from '@infuse/contracts';
import { UnitOfWork } from '@infuse/database';
import { type Invocation } from '@infuse/messaging';
import { cancelledEvent, VisitEvents } from '../events/visit-events';
import { NursingCalendar } from '../nursing-calendar';
import { NURSING_ACTIONS, VISIT_RESOURCE } from '../nursing-audit';
import { lockReferral } from '../persistence/referral-lock';
import { ReleasedDoseRepository } from '../persistence/released-dose.repository';
import { VisitRepository } from '../persistence/visit.repository';

/**
 * A cancelled dose cancels its visits that have not begun (scheduled or en route). A visit
 * whose nurse has arrived goes on: she is with the patient and her record must be kept.
 */
@Injectable()
export class CancelDoseVisitsUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly doses: ReleasedDoseRepository,
    private readonly visits: VisitRepository,
    private readonly events: VisitEvents,
    private readonly auditWriter: AuditWriter,
    private readonly calendar: NursingCalendar,
  ) {}

  execute(cancelled: EventData<typeof DispenseCancelled>, invocation: Invocation): Promise<void> {
    return this.unitOfWork.run(invocation.transaction, async (manager) => {
      await lockReferral(manager, cancelled.referralId);
      const at = this.calendar.now();
      await this.doses.setDrugStatus(manager, cancelled.dispenseId, 'cancelled', at);
      const visits = await this.visits.forDispense(manager, cancelled.dispenseId);
      const reason = `Dispense cancelled: ${cancelled.reason}`.slice(0, 500);
      const events = [];
      for (const visit of visits.filter((candidate) =>
        ['scheduled', 'en_route'].includes(candidate.status),
      )) {
        const cancelledVisit = { ...visit, status: 'cancelled' as const };
        await this.visits.save(manager, cancelledVisit, at);
        await this.auditWriter.recordChange(manager, invocation, {
          action: NURSING_ACTIONS.cancel,
          resourceType: VISIT_RESOURCE,
          resourceId: visit.id,
          patientId: visit.patientId,
        });
        events.push(cancelledEvent(cancelledVisit, reason, invocation, at));
      }
      await this.events.publish(manager, cancelled.referralId, events, invocation, at);
    });
  }
}
