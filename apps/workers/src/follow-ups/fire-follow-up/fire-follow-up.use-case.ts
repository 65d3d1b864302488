import { Inject, Injectable } from '@nestjs/common';
import { UnitOfWork } from '@infuse/database';
import { type Invocation } from '@infuse/messaging';
import { isOpen } from '../domain/follow-up-task';
import { fireTask } from '../domain/task-transitions';
import { FOLLOW_UP_ACTIONS } from '../follow-up-audit';
import { FollowUpChanges } from '../follow-up-changes';
import { type FollowUpJobData } from '../follow-up-job';
import { type FollowUpSettings, followUpSettingsConfig } from '../follow-up-settings.config';
import { FollowUpTaskRepository } from '../persistence/follow-up-task.repository';

export type FireOutcome = 'fired' | 'nothing-to-do';

/**
 * A task's job ran: under the row's lock, the task falls due (and reminds, and escalates) once.
 * A job whose task is closed, gone, or already moved on to a later step (fired, snoozed) exits
 * quietly: that is what makes a job that runs twice, or one the reconciler re-created after
 * Redis lost it, fire the task once.
 */
@Injectable()
export class FireFollowUpUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly tasks: FollowUpTaskRepository,
    private readonly changes: FollowUpChanges,
    @Inject(followUpSettingsConfig.token) private readonly settings: FollowUpSettings,
  ) {}

  async execute(job: FollowUpJobData, invocation: Invocation): Promise<FireOutcome> {
    return this.unitOfWork.run(invocation.transaction, async (manager) => {
      const task = await this.tasks.lock(manager, job.taskId);
      if (!task || !isOpen(task) || !task.nextRunAt || task.jobStep !== job.step)
        return 'nothing-to-do';
      const firing = fireTask(task, this.changes.now(), {
        reminderIntervalHours: this.settings.FOLLOW_UPS_REMINDER_INTERVAL_HOURS,
        escalateAfterReminders: this.settings.FOLLOW_UPS_ESCALATE_AFTER_REMINDERS,
      });
      await this.changes.fired(manager, firing, invocation, FOLLOW_UP_ACTIONS.fire);
      return 'fired';
    });
  }
}
