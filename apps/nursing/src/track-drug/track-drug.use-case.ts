import { Injectable } from '@nestjs/common';
import { AuditWriter } from '@infuse/auth';
import { UnitOfWork } from '@infuse/database';
import { type Invocation } from '@infuse/messaging';
import { type DrugStatus } from '../domain/dose-copy';
import { NursingCalendar } from '../nursing-calendar';
import { NURSING_ACTIONS, RELEASED_DOSE_RESOURCE } from '../nursing-audit';
import { ReleasedDoseRepository } from '../persistence/released-dose.repository';

export interface DrugMovement {
  dispenseId: string;
  patientId: string;
  status: Extract<DrugStatus, 'shipped' | 'delivered' | 'unusable'>;
  /** Lots that arrived out of their temperature range: the nurse may not give them. */
  unusableLots?: readonly string[];
}

/**
 * Where the dose's drug is: shipped, delivered to the home, or unusable there. The nurse's visit
 * shows it, and an unusable lot is refused at the start of the infusion.
 */
@Injectable()
export class TrackDrugUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly doses: ReleasedDoseRepository,
    private readonly auditWriter: AuditWriter,
    private readonly calendar: NursingCalendar,
  ) {}

  execute(movement: DrugMovement, invocation: Invocation): Promise<void> {
    return this.unitOfWork.run(invocation.transaction, async (manager) => {
      const tracked = await this.doses.setDrugStatus(
        manager,
        movement.dispenseId,
        movement.status,
        this.calendar.now(),
        movement.unusableLots,
      );
      // A dose never released here, one cancelled, or the same fact again: nothing to show.
      if (!tracked) return;
      await this.auditWriter.recordChange(manager, invocation, {
        action: NURSING_ACTIONS.trackDrug,
        resourceType: RELEASED_DOSE_RESOURCE,
        resourceId: movement.dispenseId,
        patientId: movement.patientId,
      });
    });
  }
}
