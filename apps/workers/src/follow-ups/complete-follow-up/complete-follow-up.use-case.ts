import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@infuse/database';
import { type Invocation } from '@infuse/messaging';
import { assertMayWork } from '../domain/follow-up-access';
import { FollowUpError } from '../domain/follow-up.errors';
import { closeTask } from '../domain/task-transitions';
import { FOLLOW_UP_ACTIONS } from '../follow-up-audit';
import { FollowUpChanges } from '../follow-up-changes';
import { followUpViewOf, type FollowUpView } from '../http/follow-up-view';
import { FollowUpTaskRepository } from '../persistence/follow-up-task.repository';

/** A coordinator (or a pharmacist, on a clinical task) completes a task with a note. */
@Injectable()
export class CompleteFollowUpUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly tasks: FollowUpTaskRepository,
    private readonly changes: FollowUpChanges,
  ) {}

  async execute(id: string, note: string, invocation: Invocation): Promise<FollowUpView> {
    return this.unitOfWork.run(invocation.transaction, async (manager) => {
      const task = await this.tasks.lock(manager, id);
      if (!task) throw new FollowUpError('FOLLOW_UP.NOT_FOUND', `No follow-up ${id}.`);
      assertMayWork(task, invocation.actor.role);
      const closed = closeTask(
        task,
        { outcome: 'completed', by: invocation.actor.subject, note },
        this.changes.now(),
      );
      await this.changes.closed(manager, closed, invocation, FOLLOW_UP_ACTIONS.complete);
      return followUpViewOf(closed);
    });
  }
}
