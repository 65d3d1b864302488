import { Inject, Injectable } from '@nestjs/common';
import { type WorkersSettings, workersSettingsConfig } from '../../workers-settings.config';
import { followUpActor } from '../events/follow-up-actor';
import { type FireOutcome, FireFollowUpUseCase } from '../fire-follow-up/fire-follow-up.use-case';
import { type FollowUpJobData } from '../follow-up-job';

interface Waiting {
  job: FollowUpJobData;
  resolve: (outcome: FireOutcome) => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit for the followups queue: jobs that run while a batch is committing wait and fire
 * together in the next transaction, so a burst of due tasks costs a few commits, not one each.
 * A job's promise settles only once its own batch has committed; when a batch fails, each of its
 * jobs is tried on its own, so one task's failure is retried alone, with BullMQ's backoff.
 */
@Injectable()
export class FollowUpFiringBatcher {
  private waiting: Waiting[] = [];
  private inFlight = 0;
  private flushQueued = false;

  constructor(
    private readonly fire: FireFollowUpUseCase,
    @Inject(workersSettingsConfig.token) private readonly settings: WorkersSettings,
  ) {}

  submit(job: FollowUpJobData): Promise<FireOutcome> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ job, resolve, reject });
      this.queueFlush();
    });
  }

  private queueFlush(): void {
    if (this.flushQueued || this.waiting.length === 0) return;
    if (this.inFlight >= this.settings.WORKERS_FIRE_BATCHES_IN_FLIGHT) return;
    this.flushQueued = true;
    // Let the jobs the worker hands over in this turn join the batch.
    setImmediate(() => {
      this.flushQueued = false;
      this.flush();
    });
  }

  private flush(): void {
    while (
      this.inFlight < this.settings.WORKERS_FIRE_BATCHES_IN_FLIGHT &&
      this.waiting.length > 0
    ) {
      const batch = this.waiting.splice(0, this.settings.WORKERS_FIRE_BATCH_SIZE);
      this.inFlight += 1;
      void this.run(batch).finally(() => {
        this.inFlight -= 1;
        this.queueFlush();
      });
    }
  }

  private async run(batch: readonly Waiting[]): Promise<void> {
    try {
      const outcomes = await this.fire.executeAll(
        batch.map((waiting) => waiting.job),
        { actor: followUpActor },
      );
      batch.forEach((waiting, index) => waiting.resolve(outcomes[index] ?? 'nothing-to-do'));
    } catch (error) {
      if (batch.length === 1) {
        batch[0]?.reject(error);
        return;
      }
      await Promise.all(
        batch.map((waiting) =>
          this.fire
            .execute(waiting.job, { actor: followUpActor })
            .then(waiting.resolve, waiting.reject),
        ),
      );
    }
  }
}
