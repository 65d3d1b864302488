import { FOLLOW_UP_JOBS, QUEUES } from '@infuse/contracts';
import { jobIdOf, type ScheduledJob } from '../scheduling/scheduled-job';
import { type FollowUpTask } from './domain/follow-up-task';

/** What a follow-up job carries: the task and the step it was scheduled for. */
export interface FollowUpJobData {
  taskId: string;
  step: number;
  traceparent?: string;
}

/** The job a task calls for now, if any: `follow-up-<id>-<step>` on the followups queue. */
export function followUpJobOf(task: FollowUpTask): ScheduledJob | undefined {
  if (!task.nextRunAt) return undefined;
  return {
    queue: QUEUES.followups,
    name: FOLLOW_UP_JOBS[task.kind],
    jobId: jobIdOf('follow-up', task.id, task.jobStep),
    data: { taskId: task.id, step: task.jobStep },
    dueAt: task.nextRunAt,
    traceparent: task.traceparent,
  };
}
