import { Injectable } from '@nestjs/common';
import { type Invocation } from '@infuse/messaging';
import { VisitError } from '../domain/visit.errors';
import { assignedEvent } from '../events/visit-events';
import { NURSING_ACTIONS } from '../nursing-audit';
import { NurseDirectoryRepository } from '../persistence/nurse-directory.repository';
import { notBegun, type VisitChangeResult, VisitChangeRunner } from './visit-change.runner';

/** A coordinator or admin gives a visit not begun to a nurse by hand. */
@Injectable()
export class AssignVisitUseCase {
  constructor(
    private readonly runner: VisitChangeRunner,
    private readonly nurses: NurseDirectoryRepository,
  ) {}

  execute(id: string, nurseId: string, invocation: Invocation): Promise<VisitChangeResult> {
    return this.runner.run(
      id,
      invocation,
      NURSING_ACTIONS.assign,
      notBegun,
      async (visit, at, manager) => {
        if (!(await this.nurses.isActive(manager, nurseId)))
          throw new VisitError('VISIT.NURSE_UNKNOWN', `No active nurse ${nurseId}.`, {
            fieldErrors: [{ pointer: '/nurseId', detail: 'is not an active nurse' }],
          });
        // The same nurse again changes nothing and announces nothing.
        if (visit.nurseId === nurseId) return { visit, events: [] };
        const assigned = { ...visit, nurseId };
        return {
          visit: assigned,
          events: [assignedEvent(assigned, 'manual', invocation, at, visit.nurseId)],
        };
      },
    );
  }
}
