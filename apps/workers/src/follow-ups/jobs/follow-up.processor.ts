import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, type OnApplicationBootstrap } from '@nestjs/common';
import { QUEUES } from '@infuse/contracts';
import { type Job } from 'bullmq';
import { type WorkersSettings, workersSettingsConfig } from '../../workers-settings.config';
import { type FireOutcome } from '../fire-follow-up/fire-follow-up.use-case';
import { type FollowUpJobData } from '../follow-up-job';
import { FollowUpFiringBatcher } from './follow-up-firing.batcher';

/**
 * Runs the followups queue: each job fires its task's step, in the trace of what opened the
 * task (the job carries it), together with the jobs running beside it. A failure (PostgreSQL
 * away) is retried with exponential backoff; a job with nothing left to do completes quietly.
 */
@Processor(QUEUES.followups)
export class FollowUpProcessor extends WorkerHost implements OnApplicationBootstrap {
  constructor(
    private readonly batcher: FollowUpFiringBatcher,
    @Inject(workersSettingsConfig.token) private readonly settings: WorkersSettings,
  ) {
    super();
  }

  onApplicationBootstrap(): void {
    this.worker.concurrency = this.settings.WORKERS_FOLLOW_UP_CONCURRENCY;
  }

  process(job: Job<FollowUpJobData>): Promise<FireOutcome> {
    const { taskId, step, traceparent } = job.data;
    return this.batcher.submit({ taskId, step, traceparent });
  }
}
