import { Inject, Injectable } from '@nestjs/common';
import { AuditWriter } from '@infuse/auth';
import { CLOCK, type Clock } from '@infuse/config';
import {
  type EventContract,
  FollowUpCancelled,
  FollowUpCompleted,
  FollowUpCreated,
  FollowUpDue,
  FollowUpEscalated,
} from '@infuse/contracts';
import {
  EventPublisher,
  type Invocation,
  outgoing,
  type OutgoingEvent,
  publishContextOf,
} from '@infuse/messaging';
import { runInTrace, traceFrom } from '@infuse/observability';
import { type EntityManager } from 'typeorm';
import { JobScheduler } from '../scheduling/job-scheduler';
import { type FollowUpTask } from './domain/follow-up-task';
import { type Firing } from './domain/task-transitions';
import { FOLLOW_UP_RESOURCE } from './follow-up-audit';
import { followUpJobOf } from './follow-up-job';
import { FollowUpTaskRepository } from './persistence/follow-up-task.repository';

/** What a task falling due announces: it is due, and escalated when this reminder escalated it. */
function dueEventsOf({ task, reminder, escalated }: Firing): OutgoingEvent[] {
  const due = outgoing(FollowUpDue, {
    ...subjectOf(task),
    dueAt: task.updatedAt.toISOString(),
    priority: task.priority,
    ...(reminder ? { reminder } : {}),
  });
  if (!escalated) return [due];
  return [
    due,
    outgoing(FollowUpEscalated, {
      ...subjectOf(task),
      reminders: task.reminders,
      escalatedAt: task.updatedAt.toISOString(),
    }),
  ];
}

/** The fields of a task every follow-up event carries. */
function subjectOf(task: FollowUpTask) {
  return {
    taskId: task.id,
    kind: task.kind,
    referralId: task.referralId,
    patientId: task.patientId,
    ...(task.authorizationId ? { authorizationId: task.authorizationId } : {}),
    ...(task.dispenseId ? { dispenseId: task.dispenseId } : {}),
    ...(task.visitId ? { visitId: task.visitId } : {}),
  };
}

/**
 * Records a task's change in the caller's transaction: the row, the audit entry, the events it
 * causes and, on commit, its next job. Every use case that changes a task goes through here, so
 * no change is saved without its event and its job.
 */
@Injectable()
export class FollowUpChanges {
  constructor(
    private readonly tasks: FollowUpTaskRepository,
    private readonly auditWriter: AuditWriter,
    private readonly publisher: EventPublisher,
    private readonly scheduler: JobScheduler,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  now(): Date {
    return this.clock.now();
  }

  /** A new task; false when the same fact had opened one already. */
  async opened(manager: EntityManager, task: FollowUpTask, invocation: Invocation, action: string) {
    if (!(await this.tasks.addIfAbsent(manager, task))) return false;
    await this.publish(manager, task, invocation, FollowUpCreated, {
      ...subjectOf(task),
      priority: task.priority,
      dueBy: task.dueAt.toISOString(),
      createdAt: task.createdAt.toISOString(),
    });
    await this.saved(manager, task, invocation, action, false);
    return true;
  }

  /**
   * Tasks that fell due together: each one's events in the trace its job carries, then the rows
   * in one statement, their audit entries and their next jobs.
   */
  async firedAll(
    manager: EntityManager,
    firings: readonly { firing: Firing; traceparent?: string }[],
    invocation: Invocation,
    action: string,
  ): Promise<void> {
    for (const { firing, traceparent } of firings)
      await runInTrace(traceFrom(traceparent), () =>
        this.publisher.publishAll(
          manager,
          dueEventsOf(firing),
          publishContextOf(invocation, firing.task.referralId),
        ),
      );
    const tasks = firings.map(({ firing }) => firing.task);
    await this.tasks.saveFirings(manager, tasks);
    for (const task of tasks) await this.audited(manager, task, invocation, action);
  }

  async closed(manager: EntityManager, task: FollowUpTask, invocation: Invocation, action: string) {
    const at = (task.closedAt ?? task.updatedAt).toISOString();
    if (task.status === 'completed')
      await this.publish(manager, task, invocation, FollowUpCompleted, {
        ...subjectOf(task),
        completedBy: task.closedBy ?? invocation.actor.subject,
        ...(task.resolvedBy ? { resolvedBy: task.resolvedBy } : {}),
        completedAt: at,
      });
    else
      await this.publish(manager, task, invocation, FollowUpCancelled, {
        ...subjectOf(task),
        cancelledBy: task.closedBy ?? invocation.actor.subject,
        cancelledFor: task.resolvedBy ?? 'unknown',
        cancelledAt: at,
      });
    await this.saved(manager, task, invocation, action);
  }

  /** A change with no event of its own (a snooze): the row, its audit entry and its job. */
  async saved(
    manager: EntityManager,
    task: FollowUpTask,
    invocation: Invocation,
    action: string,
    update = true,
  ): Promise<void> {
    if (update) await this.tasks.update(manager, task);
    await this.audited(manager, task, invocation, action);
  }

  private async audited(
    manager: EntityManager,
    task: FollowUpTask,
    invocation: Invocation,
    action: string,
  ): Promise<void> {
    await this.auditWriter.recordChange(manager, invocation, {
      action,
      resourceType: FOLLOW_UP_RESOURCE,
      resourceId: task.id,
      patientId: task.patientId,
    });
    const job = followUpJobOf(task);
    if (job) await this.scheduler.scheduleOnCommit(manager, job);
  }

  private async publish<Data>(
    manager: EntityManager,
    task: FollowUpTask,
    invocation: Invocation,
    contract: EventContract<Data>,
    data: Data,
  ): Promise<void> {
    await this.publisher.publish(
      manager,
      contract,
      data,
      publishContextOf(invocation, task.referralId),
    );
  }
}
