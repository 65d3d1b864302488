import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type Clock, CLOCK } from '@infuse/config';
import { QUEUES, type QueueName } from '@infuse/contracts';
import { currentTrace, formatTraceparent } from '@infuse/observability';
import { type JobsOptions, Queue } from 'bullmq';
import { DataSource, type EntityManager } from 'typeorm';
import { type WorkersSettings, workersSettingsConfig } from '../workers-settings.config';
import { type ScheduledJob } from './scheduled-job';

/** The channel committing transactions announce their new jobs on (see JobWakeUps). */
export const JOB_CHANNEL = 'workers_jobs';

/** What a NOTIFY carries: the job, and the schema whose transaction committed it. */
export interface JobNotice {
  schema: string;
  job: Omit<ScheduledJob, 'dueAt'> & { dueAt: string };
}

const HOUR_MS = 3_600_000;

/**
 * Puts the jobs of rows on their queues. A use case calls `scheduleOnCommit` in its transaction:
 * PostgreSQL delivers the NOTIFY only if that transaction commits, so no job ever runs ahead of
 * its row, and a rolled-back change schedules nothing. A notice lost on the way (the listening
 * connection down, Redis down) is re-created by the reconciler from the row.
 */
@Injectable()
export class JobScheduler {
  private readonly queues: ReadonlyMap<QueueName, Queue>;
  readonly schema: string;

  constructor(
    @InjectQueue(QUEUES.followups) followups: Queue,
    @InjectQueue(QUEUES.copayAssistance) copayAssistance: Queue,
    @InjectDataSource() dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(workersSettingsConfig.token) private readonly settings: WorkersSettings,
  ) {
    this.queues = new Map([
      [QUEUES.followups, followups],
      [QUEUES.copayAssistance, copayAssistance],
    ]);
    this.schema = (dataSource.options as { schema?: string }).schema ?? 'workers';
  }

  /** Schedules the job once the caller's transaction commits; the trace is the caller's. */
  async scheduleOnCommit(manager: EntityManager, job: ScheduledJob): Promise<void> {
    const trace = currentTrace();
    const notice: JobNotice = {
      schema: this.schema,
      job: {
        ...job,
        dueAt: job.dueAt.toISOString(),
        traceparent: job.traceparent ?? (trace ? formatTraceparent(trace) : undefined),
      },
    };
    await manager.query(`SELECT pg_notify($1, $2)`, [JOB_CHANNEL, JSON.stringify(notice)]);
  }

  /** Adds the jobs now. One already on its queue (waiting, delayed, running) is left as it is. */
  async add(jobs: readonly ScheduledJob[]): Promise<void> {
    for (const [queue, ofQueue] of this.byQueue(jobs)) {
      await queue.addBulk(
        ofQueue.map((job) => ({
          name: job.name,
          data: job.traceparent ? { ...job.data, traceparent: job.traceparent } : job.data,
          opts: this.optionsOf(job),
        })),
      );
    }
  }

  /** The jobs of the list that Redis does not hold, in any state (asked side by side). */
  async missing(jobs: readonly ScheduledJob[]): Promise<ScheduledJob[]> {
    const states = await Promise.all(
      jobs.map((job) => this.queue(job.queue).getJobState(job.jobId)),
    );
    return jobs.filter((_job, index) => states[index] === 'unknown');
  }

  queue(name: QueueName): Queue {
    const queue = this.queues.get(name);
    if (!queue) throw new Error(`No queue ${name}`);
    return queue;
  }

  private optionsOf(job: ScheduledJob): JobsOptions {
    return {
      jobId: job.jobId,
      delay: Math.max(0, job.dueAt.getTime() - this.clock.now().getTime()),
      attempts: this.settings.WORKERS_JOB_ATTEMPTS,
      backoff: { type: 'exponential', delay: this.settings.WORKERS_JOB_BACKOFF_MS },
      // A done job leaves Redis: its row has moved on, so the reconciler will not ask for it,
      // and a copy added again finds the row moved on and exits quietly.
      removeOnComplete: true,
      removeOnFail: { age: (this.settings.WORKERS_FAILED_JOB_KEEP_HOURS * HOUR_MS) / 1000 },
    };
  }

  private byQueue(jobs: readonly ScheduledJob[]): Map<Queue, ScheduledJob[]> {
    const grouped = new Map<Queue, ScheduledJob[]>();
    for (const job of jobs) {
      const queue = this.queue(job.queue);
      grouped.set(queue, [...(grouped.get(queue) ?? []), job]);
    }
    return grouped;
  }
}
