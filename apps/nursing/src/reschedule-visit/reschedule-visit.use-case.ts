import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { type Invocation } from '@infuse/messaging';
import {
  notBegun,
  type VisitChange,
  VisitChangeRunner,
  type VisitChangeResult,
} from '../assign-visit/visit-change.runner';
import { newVisit, type Visit } from '../domain/visit';
import { VisitError } from '../domain/visit.errors';
import { assignedEvent, scheduledEvent } from '../events/visit-events';
import { NursingCalendar } from '../nursing-calendar';
import { NURSING_ACTIONS } from '../nursing-audit';

export interface Rescheduling {
  date: string;
  reason: string;
}

// A visit not begun moves; a missed one is done with, and gets a successor on the new day.
const reschedulable = (visit: Visit) => visit.status === 'missed' || notBegun(visit);

/**
 * A coordinator or admin moves a visit not begun to another day, saying why. A missed visit
 * keeps its record and a new visit for the same infusion day takes its place, with its nurse.
 */
@Injectable()
export class RescheduleVisitUseCase {
  constructor(
    private readonly runner: VisitChangeRunner,
    private readonly calendar: NursingCalendar,
  ) {}

  execute(id: string, move: Rescheduling, invocation: Invocation): Promise<VisitChangeResult> {
    return this.runner.run(
      id,
      invocation,
      NURSING_ACTIONS.reschedule,
      reschedulable,
      (visit, at) => {
        if (move.date < this.calendar.today(at))
          throw new VisitError('VISIT.DATE_IN_PAST', `${move.date} has passed.`, {
            fieldErrors: [{ pointer: '/date', detail: 'is in the past' }],
          });
        const from = { from: visit.visitDate, reason: move.reason };
        if (visit.status === 'missed') return successorOf(visit, move.date, from, invocation, at);
        if (move.date === visit.visitDate) return { visit, events: [] };
        const moved = { ...visit, visitDate: move.date };
        return { visit: moved, events: [scheduledEvent(moved, invocation, at, from)] };
      },
    );
  }
}

function successorOf(
  missed: Visit,
  visitDate: string,
  from: { from: string; reason: string },
  invocation: Invocation,
  at: Date,
): VisitChange {
  const { dispenseId, referralId, patientId, cycle, infusionDay, infusionDays, nurseId } = missed;
  const successor = newVisit({
    id: randomUUID(),
    dispenseId,
    referralId,
    patientId,
    cycle,
    infusionDay,
    infusionDays,
    attempt: missed.attempt + 1,
    visitDate,
    nurseId,
  });
  const events = [scheduledEvent(successor, invocation, at, from)];
  if (nurseId) events.push(assignedEvent({ ...successor, nurseId }, 'manual', invocation, at));
  return { visit: missed, events, successor };
}
