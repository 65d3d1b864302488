import { FollowUpError } from './follow-up.errors';
import { type FollowUpTask, isOpen } from './follow-up-task';

const HOUR_MS = 3_600_000;

export interface ReminderRules {
  reminderIntervalHours: number;
  escalateAfterReminders: number;
}

/** What a task's job did when it ran. */
export interface Firing {
  task: FollowUpTask;
  /** For a task that reminds: which reminder this was. */
  reminder?: number;
  /** True when this reminder escalated the task. */
  escalated: boolean;
}

/**
 * The task's due time came. Missing documents are chased again after every interval and
 * escalated (high priority) once their reminders reach the limit; every other kind falls due
 * once and waits for a person or an event.
 */
export function fireTask(task: FollowUpTask, now: Date, rules: ReminderRules): Firing {
  if (task.kind !== 'missing_documents') {
    const status = task.status === 'escalated' ? 'escalated' : 'due';
    return { task: { ...task, status, nextRunAt: undefined, updatedAt: now }, escalated: false };
  }
  const reminders = task.reminders + 1;
  const escalated = task.status !== 'escalated' && reminders >= rules.escalateAfterReminders;
  return {
    task: {
      ...task,
      reminders,
      status: escalated || task.status === 'escalated' ? 'escalated' : 'due',
      priority: escalated ? 'high' : task.priority,
      jobStep: task.jobStep + 1,
      nextRunAt: new Date(now.getTime() + rules.reminderIntervalHours * HOUR_MS),
      updatedAt: now,
    },
    reminder: reminders,
    escalated,
  };
}

export interface Closing {
  outcome: 'completed' | 'cancelled';
  /** The person (`sub`) or the service (`system:workers`). */
  by: string;
  note?: string;
  /** The event type that resolved or cancelled it, when no person did. */
  resolvedBy?: string;
}

/** Completes or cancels an open task; its job, if any, then finds it closed and exits. */
export function closeTask(task: FollowUpTask, closing: Closing, now: Date): FollowUpTask {
  if (!isOpen(task))
    throw new FollowUpError('FOLLOW_UP.CLOSED', `Follow-up ${task.id} is already ${task.status}.`);
  return {
    ...task,
    status: closing.outcome,
    nextRunAt: undefined,
    note: closing.note,
    closedBy: closing.by,
    resolvedBy: closing.resolvedBy,
    closedAt: now,
    updatedAt: now,
  };
}

/** Puts an open task off until a later time; it comes due again then, with a new job. */
export function snoozeTask(task: FollowUpTask, until: Date, now: Date): FollowUpTask {
  if (!isOpen(task))
    throw new FollowUpError('FOLLOW_UP.CLOSED', `Follow-up ${task.id} is already ${task.status}.`);
  if (until.getTime() <= now.getTime())
    throw new FollowUpError(
      'FOLLOW_UP.SNOOZE_NOT_LATER',
      'A task can only be snoozed to a later time.',
      {
        field: 'until',
      },
    );
  return {
    ...task,
    status: task.status === 'escalated' ? 'escalated' : 'scheduled',
    dueAt: until,
    jobStep: task.jobStep + 1,
    nextRunAt: until,
    updatedAt: now,
  };
}
