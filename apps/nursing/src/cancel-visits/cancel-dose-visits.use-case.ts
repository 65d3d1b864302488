import { Injectable } from '@nestjs/common';
import { type DispenseCancelled, type EventData } from '@infuse/contracts';
import { UnitOfWork } from '@infuse/database';
import { type Invocation } from '@infuse/messaging';
import { NursingCalendar } from '../nursing-calendar';
import { lockReferral } from '../persistence/referral-lock';
import { ReleasedDoseRepository } from '../persistence/released-dose.repository';
import { VisitRepository } from '../persistence/visit.repository';
import { VisitCanceller } from './visit-canceller';

/** A cancelled dose cancels its visits that have not begun. */
@Injectable()
export class CancelDoseVisitsUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly doses: ReleasedDoseRepository,
    private readonly visits: VisitRepository,
    private readonly canceller: VisitCanceller,
    private readonly calendar: NursingCalendar,
  ) {}

  execute(cancelled: EventData<typeof DispenseCancelled>, invocation: Invocation): Promise<void> {
    return this.unitOfWork.run(invocation.transaction, async (manager) => {
      await lockReferral(manager, cancelled.referralId);
      await this.doses.setDrugStatus(
        manager,
        cancelled.dispenseId,
        'cancelled',
        this.calendar.now(),
      );
      await this.canceller.cancelNotBegun(
        manager,
        cancelled.referralId,
        await this.visits.forDispense(manager, cancelled.dispenseId),
        `Dispense cancelled: ${cancelled.reason}`,
        invocation,
      );
    });
  }
}
