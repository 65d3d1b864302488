import { Inject, Injectable } from '@nestjs/common';
import { UnitOfWork } from '@infuse/database';
import { type Invocation } from '@infuse/messaging';
import { type FollowUpTask, isOpen } from '../domain/follow-up-task';
import { type Firing, fireTask } from '../domain/task-transitions';
import { FOLLOW_UP_ACTIONS } from '../follow-up-audit';
import { FollowUpChanges } from '../follow-up-changes';
import { type FollowUpJobData } from '../follow-up-job';
import { type FollowUpSettings, followUpSettingsConfig } from '../follow-up-settings.config';
import { FollowUpTaskRepository } from '../persistence/follow-up-task.repository';

export type FireOutcome = 'fired' | 'nothing-to-do';

/**
 * Tasks' jobs ran: under the rows' locks, each task falls due (and reminds, and escalates) once.
 * A job whose task is closed, gone, or already moved on to a later step (fired, snoozed) has
 * nothing to do: that is what makes a job that runs twice, or one the reconciler re-created after
 * Redis lost it, fire its task once. Several jobs fire in one transaction (one commit for all),
 * each in the trace its job carries.
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
    const [outcome] = await this.executeAll([job], invocation);
    return outcome ?? 'nothing-to-do';
  }

  /** The outcome of each job, in the order given. */
  async executeAll(
    jobs: readonly FollowUpJobData[],
    invocation: Invocation,
  ): Promise<FireOutcome[]> {
    return this.unitOfWork.run(invocation.transaction, async (manager) => {
      const locked = await this.tasks.lockAll(manager, [...new Set(jobs.map((job) => job.taskId))]);
      const byId = new Map(locked.map((task) => [task.id, task]));
      const outcomes: FireOutcome[] = [];
      const firings: { firing: Firing; traceparent?: string }[] = [];
      // By patient, so concurrent batches take the outbox's patient locks in one order.
      const order = jobs
        .map((job, index) => ({ job, index, task: byId.get(job.taskId) }))
        .sort((a, b) => (a.task?.patientId ?? '').localeCompare(b.task?.patientId ?? ''));
      const now = this.changes.now();
      for (const { job, index, task } of order) {
        if (!task || !this.isDue(task, job)) {
          outcomes[index] = 'nothing-to-do';
          continue;
        }
        const firing = fireTask(task, now, {
          reminderIntervalHours: this.settings.FOLLOW_UPS_REMINDER_INTERVAL_HOURS,
          escalateAfterReminders: this.settings.FOLLOW_UPS_ESCALATE_AFTER_REMINDERS,
        });
        firings.push({ firing, traceparent: job.traceparent });
        // A second copy of the same job in the batch finds the step moved on.
        byId.set(task.id, firing.task);
        outcomes[index] = 'fired';
      }
      await this.changes.firedAll(manager, firings, invocation, FOLLOW_UP_ACTIONS.fire);
      return outcomes;
    });
  }

  private isDue(task: FollowUpTask, job: FollowUpJobData): boolean {
    return isOpen(task) && task.nextRunAt !== undefined && task.jobStep === job.step;
  }
}
