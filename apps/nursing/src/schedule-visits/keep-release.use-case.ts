import { Injectable } from '@nestjs/common';
import { AuditWriter } from '@infuse/auth';
import { type DispenseReleased, type EventData } from '@infuse/contracts';
import { UnitOfWork } from '@infuse/database';
import { type Invocation } from '@infuse/messaging';
import { releaseCopyOf } from '../domain/dose-copy';
import { NursingCalendar } from '../nursing-calendar';
import { NURSING_ACTIONS, RELEASED_DOSE_RESOURCE } from '../nursing-audit';
import { lockReferral } from '../persistence/referral-lock';
import { ReleasedDoseRepository } from '../persistence/released-dose.repository';
import { VisitScheduler } from './visit-scheduler';

/**
 * Keeps a dose the pharmacist released (a replacement after an unusable delivery replaces its
 * lots and plan) and schedules its visits if the referral is here; otherwise they wait for it.
 */
@Injectable()
export class KeepReleaseUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly doses: ReleasedDoseRepository,
    private readonly scheduler: VisitScheduler,
    private readonly auditWriter: AuditWriter,
    private readonly calendar: NursingCalendar,
  ) {}

  execute(released: EventData<typeof DispenseReleased>, invocation: Invocation): Promise<void> {
    return this.unitOfWork.run(invocation.transaction, async (manager) => {
      await lockReferral(manager, released.referralId);
      const kept = await this.doses.keep(
        manager,
        {
          dispenseId: released.dispenseId,
          referralId: released.referralId,
          patientId: released.patientId,
          cycle: released.cycle,
          release: releaseCopyOf(released),
        },
        this.calendar.now(),
      );
      // The same release arriving again as another event changes nothing.
      if (!kept) return;
      await this.auditWriter.recordChange(manager, invocation, {
        action: NURSING_ACTIONS.keepRelease,
        resourceType: RELEASED_DOSE_RESOURCE,
        resourceId: released.dispenseId,
        patientId: released.patientId,
      });
      await this.scheduler.scheduleReady(manager, released.referralId, invocation);
    });
  }
}
