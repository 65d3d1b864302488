import { Injectable } from '@nestjs/common';
import { AuditWriter } from '@infuse/auth';
import { UnitOfWork } from '@infuse/database';
import { type Invocation, type OutgoingEvent } from '@infuse/messaging';
import { type EntityManager } from 'typeorm';
import { type Visit } from '../domain/visit';
import { VisitError } from '../domain/visit.errors';
import { VisitEvents } from '../events/visit-events';
import { NursingCalendar } from '../nursing-calendar';
import { VISIT_RESOURCE } from '../nursing-audit';
import { VisitRepository } from '../persistence/visit.repository';

/** A visit not begun: the nurse has not arrived, so it may still go to another nurse or day. */
export const notBegun = (visit: Visit) =>
  visit.status === 'scheduled' || visit.status === 'en_route';

const isDefined = <T>(value: T | undefined): value is T => value !== undefined;

/** What an admin's or coordinator's change to a visit reads as afterwards: a summary. */
export interface VisitChangeResult {
  id: string;
  patientId: string;
  visitDate: string;
  nurseId: string | null;
  status: Visit['status'];
}

/**
 * The visit as a change leaves it, and the events that announce it; with a successor when the
 * change puts a new visit on the calendar in its place (a missed visit rescheduled).
 */
export interface VisitChange {
  visit: Visit;
  events: OutgoingEvent[];
  successor?: Visit;
}

/**
 * Runs a coordinator's or admin's change to a visit it accepts: locks it, lets the change make the
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
    accepts: (visit: Visit) => boolean,
    change: (visit: Visit, at: Date, manager: EntityManager) => VisitChange | Promise<VisitChange>,
  ): Promise<VisitChangeResult> {
    return this.unitOfWork.run(invocation.transaction, async (manager) => {
      const visit = await this.visits.lock(manager, id);
      if (!visit) throw new VisitError('VISIT.NOT_FOUND', `No visit ${id}.`);
      if (!accepts(visit)) throw new VisitError('VISIT.CLOSED', `The visit is ${visit.status}.`);
      const at = this.calendar.now();
      const changed = await change(visit, at, manager);
      await this.visits.save(manager, changed.visit, at);
      if (changed.successor && !(await this.visits.addIfAbsent(manager, changed.successor, at)))
        throw new VisitError('VISIT.CLOSED', 'The missed visit was rescheduled already.');
      for (const touched of [changed.visit, changed.successor].filter(isDefined))
        await this.auditWriter.recordChange(manager, invocation, {
          action,
          resourceType: VISIT_RESOURCE,
          resourceId: touched.id,
          patientId: touched.patientId,
        });
      await this.events.publish(manager, visit.referralId, changed.events, invocation, at);
      const {
        id: resultId,
        patientId,
        visitDate,
        nurseId,
        status,
      } = changed.successor ?? changed.visit;
      return { id: resultId, patientId, visitDate, nurseId, status };
    });
  }
}
