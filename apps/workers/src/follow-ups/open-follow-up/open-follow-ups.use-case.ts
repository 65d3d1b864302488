import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@infuse/database';
import { type Invocation } from '@infuse/messaging';
import { currentTrace, formatTraceparent } from '@infuse/observability';
import { type FollowUpPlan, openTask } from '../domain/follow-up-task';
import { FOLLOW_UP_ACTIONS } from '../follow-up-audit';
import { FollowUpChanges } from '../follow-up-changes';
import { FollowUpTaskRepository } from '../persistence/follow-up-task.repository';

/**
 * Opens the tasks an event asks for, each once however often its fact arrives; each is
 * scheduled for its due time once the transaction commits. Returns how many were new.
 */
@Injectable()
export class OpenFollowUpsUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly tasks: FollowUpTaskRepository,
    private readonly changes: FollowUpChanges,
  ) {}

  async execute(plans: readonly FollowUpPlan[], invocation: Invocation): Promise<number> {
    if (plans.length === 0) return 0;
    const trace = currentTrace();
    return this.unitOfWork.run(invocation.transaction, async (manager) => {
      let opened = 0;
      for (const plan of plans) {
        // Documents are chased once per referral at a time: a second request joins the first.
        if (
          plan.kind === 'missing_documents' &&
          (await this.tasks.hasOpen(manager, plan.kind, plan.referralId))
        )
          continue;
        const task = openTask(
          plan,
          randomUUID(),
          this.changes.now(),
          trace ? formatTraceparent(trace) : undefined,
        );
        if (await this.changes.opened(manager, task, invocation, FOLLOW_UP_ACTIONS.open))
          opened += 1;
      }
      return opened;
    });
  }
}
