import { Injectable } from '@nestjs/common';
import { AuditWriter } from '@infuse/auth';
import { type Invocation } from '@infuse/messaging';
import { type EntityManager } from 'typeorm';
import { type Visit } from '../domain/visit';
import { cancelledEvent, VisitEvents } from '../events/visit-events';
import { NursingCalendar } from '../nursing-calendar';
import { NURSING_ACTIONS, VISIT_RESOURCE } from '../nursing-audit';
import { VisitRepository } from '../persistence/visit.repository';

/**
 * Cancels the visits that have not begun (scheduled or en route), each audited and announced.
 * A visit whose nurse has arrived goes on: she is with the patient and her record must be kept.
 */
@Injectable()
export class VisitCanceller {
  constructor(
    private readonly visits: VisitRepository,
    private readonly events: VisitEvents,
    private readonly auditWriter: AuditWriter,
    private readonly calendar: NursingCalendar,
  ) {}

  async cancelNotBegun(
    manager: EntityManager,
    referralId: string,
    visits: readonly Visit[],
    reason: string,
    invocation: Invocation,
  ): Promise<void> {
    const at = this.calendar.now();
    const events = [];
    for (const visit of visits.filter((each) => ['scheduled', 'en_route'].includes(each.status))) {
      const cancelled = { ...visit, status: 'cancelled' as const };
      await this.visits.save(manager, cancelled, at);
      await this.auditWriter.recordChange(manager, invocation, {
        action: NURSING_ACTIONS.cancel,
        resourceType: VISIT_RESOURCE,
        resourceId: visit.id,
        patientId: visit.patientId,
      });
      events.push(cancelledEvent(cancelled, reason.slice(0, 500), invocation, at));
    }
    await this.events.publish(manager, referralId, events, invocation, at);
  }
}
