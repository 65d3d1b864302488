import { Injectable } from '@nestjs/common';
import { AuditWriter } from '@infuse/auth';
import { UnitOfWork } from '@infuse/database';
import { type Invocation, type OutgoingEvent } from '@infuse/messaging';
import { type EntityManager } from 'typeorm';
import { isClosed, type Visit } from '../domain/visit';
import { VisitError } from '../domain/visit.errors';
import { VisitEvents } from '../events/visit-events';
import { NursingCalendar } from '../nursing-calendar';
import { VISIT_RESOURCE } from '../nursing-audit';
import { VisitRepository } from '../persistence/visit.repository';

/** What an admin's or coordinator's change to a visit reads as afterwards: a summary. */
export interface VisitChangeResult {
  id: string;
  patientId: string;
  visitDate: string;
  nurseId: string | null;
  status: Visit['status'];
}

/** The visit as a change leaves it, and the events that announce it. */
export interface VisitChange {
  visit: Visit;
  events: OutgoingEvent[];
}

/**
 * Runs a coordinator's or admin's change to an open visit: locks it, lets the change make the
 * new visit and its events, then saves, audits and publishes them in one transaction.
 */
@Injectable()
export class VisitChangeRunner {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly visits: VisitRepository,
    private readonly events: VisitEvents,
    private readonly auditWriter: AuditWriter,
    private readonly calendar: NursingCalendar,
  ) {}

  run(
    id: string,
    invocation: Invocation,
    action: string,
    change: (visit: Visit, at: Date, manager: EntityManager) => VisitChange | Promise<VisitChange>,
  ): Promise<VisitChangeResult> {
    return this.unitOfWork.run(invocation.transaction, async (manager) => {
      const visit = await this.visits.lock(manager, id);
      if (!visit) throw new VisitError('VISIT.NOT_FOUND', `No visit ${id}.`);
      if (isClosed(visit.status))
        throw new VisitError('VISIT.CLOSED', `The visit is ${visit.status}.`);
      const at = this.calendar.now();
      const changed = await change(visit, at, manager);
      await this.visits.save(manager, changed.visit, at);
      await this.auditWriter.recordChange(manager, invocation, {
        action,
        resourceType: VISIT_RESOURCE,
        resourceId: visit.id,
        patientId: visit.patientId,
      });
      await this.events.publish(manager, visit.referralId, changed.events, invocation, at);
      const { patientId, visitDate, nurseId, status } = changed.visit;
      return { id, patientId, visitDate, nurseId, status };
    });
  }
}
