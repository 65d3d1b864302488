import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@infuse/database';
import { type Invocation } from '@infuse/messaging';
import { closeTask } from '../domain/task-transitions';
import { FOLLOW_UP_ACTIONS } from '../follow-up-audit';
import { FollowUpChanges } from '../follow-up-changes';
import { FollowUpTaskRepository, type TaskMatch } from '../persistence/follow-up-task.repository';

/**
 * Closes the open tasks an event makes done (the documents came, the payer decided) or moot (the
 * referral was cancelled). A task already closed is left as it is, so the event twice is harmless.
 */
@Injectable()
export class ResolveFollowUpsUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly tasks: FollowUpTaskRepository,
    private readonly changes: FollowUpChanges,
  ) {}

  async execute(
    match: TaskMatch,
    outcome: 'completed' | 'cancelled',
    eventType: string,
    invocation: Invocation,
  ): Promise<number> {
    return this.unitOfWork.run(invocation.transaction, async (manager) => {
      const open = await this.tasks.lockOpen(manager, match);
      for (const task of open) {
        const closed = closeTask(
          task,
          { outcome, by: invocation.actor.subject, resolvedBy: eventType },
          this.changes.now(),
        );
        await this.changes.closed(manager, closed, invocation, FOLLOW_UP_ACTIONS.resolve);
      }
      return open.length;
    });
  }
}
