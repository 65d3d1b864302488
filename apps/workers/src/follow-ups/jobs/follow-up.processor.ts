import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, type OnApplicationBootstrap } from '@nestjs/common';
import { QUEUES } from '@infuse/contracts';
import { runInTrace, traceFrom } from '@infuse/observability';
import { type Job } from 'bullmq';
import { type WorkersSettings, workersSettingsConfig } from '../../workers-settings.config';
import { followUpActor } from '../events/follow-up-actor';
import { type FireOutcome, FireFollowUpUseCase } from '../fire-follow-up/fire-follow-up.use-case';
import { type FollowUpJobData } from '../follow-up-job';

/**
 * Runs the followups queue: each job fires its task's step, in the trace of what opened the
 * task. A failure (PostgreSQL away) is retried with exponential backoff; a job with nothing left
 * to do completes quietly.
 */
@Processor(QUEUES.followups)
export class FollowUpProcessor extends WorkerHost implements OnApplicationBootstrap {
  constructor(
    private readonly fire: FireFollowUpUseCase,
    @Inject(workersSettingsConfig.token) private readonly settings: WorkersSettings,
  ) {
    super();
  }

  onApplicationBootstrap(): void {
    this.worker.concurrency = this.settings.WORKERS_CONCURRENCY;
  }

  process(job: Job<FollowUpJobData>): Promise<FireOutcome> {
    const { taskId, step, traceparent } = job.data;
    return runInTrace(traceFrom(traceparent), () =>
      this.fire.execute({ taskId, step }, { actor: followUpActor }),
    );
  }
}
