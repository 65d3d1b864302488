import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@infuse/database';
import { type Invocation } from '@infuse/messaging';
import { assertMayWork } from '../domain/follow-up-access';
import { FollowUpError } from '../domain/follow-up.errors';
import { snoozeTask } from '../domain/task-transitions';
import { FOLLOW_UP_ACTIONS } from '../follow-up-audit';
import { FollowUpChanges } from '../follow-up-changes';
import { followUpViewOf, type FollowUpView } from '../http/follow-up-view';
import { FollowUpTaskRepository } from '../persistence/follow-up-task.repository';

/** Puts a task off until a later time; its job for that time is scheduled on commit. */
@Injectable()
export class SnoozeFollowUpUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly tasks: FollowUpTaskRepository,
    private readonly changes: FollowUpChanges,
  ) {}

  async execute(id: string, until: Date, invocation: Invocation): Promise<FollowUpView> {
    return this.unitOfWork.run(invocation.transaction, async (manager) => {
      const task = await this.tasks.lock(manager, id);
      if (!task) throw new FollowUpError('FOLLOW_UP.NOT_FOUND', `No follow-up ${id}.`);
      assertMayWork(task, invocation.actor.role);
      const snoozed = snoozeTask(task, until, this.changes.now());
      await this.changes.saved(manager, snoozed, invocation, FOLLOW_UP_ACTIONS.snooze);
      return followUpViewOf(snoozed);
    });
  }
}
