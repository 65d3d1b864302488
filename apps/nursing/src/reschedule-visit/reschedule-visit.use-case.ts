import { Injectable } from '@nestjs/common';
import { type Invocation } from '@infuse/messaging';
import { VisitChangeRunner, type VisitChangeResult } from '../assign-visit/visit-change.runner';
import { VisitError } from '../domain/visit.errors';
import { scheduledEvent } from '../events/visit-events';
import { NursingCalendar } from '../nursing-calendar';
import { NURSING_ACTIONS } from '../nursing-audit';

export interface Rescheduling {
  date: string;
  reason: string;
}

/** A coordinator or admin moves an open visit to another day, saying why. */
@Injectable()
export class RescheduleVisitUseCase {
  constructor(
    private readonly runner: VisitChangeRunner,
    private readonly calendar: NursingCalendar,
  ) {}

  execute(id: string, move: Rescheduling, invocation: Invocation): Promise<VisitChangeResult> {
    return this.runner.run(id, invocation, NURSING_ACTIONS.reschedule, (visit, at) => {
      if (visit.record.arrived)
        throw new VisitError('VISIT.CLOSED', 'The nurse is at the home: the visit is under way.');
      if (move.date < this.calendar.today(at))
        throw new VisitError('VISIT.DATE_IN_PAST', `${move.date} has passed.`, {
          fieldErrors: [{ pointer: '/date', detail: 'is in the past' }],
        });
      if (move.date === visit.visitDate) return { visit, events: [] };
      const moved = { ...visit, visitDate: move.date };
      return {
        visit: moved,
        events: [
          scheduledEvent(moved, invocation, at, { from: visit.visitDate, reason: move.reason }),
        ],
      };
    });
  }
}
