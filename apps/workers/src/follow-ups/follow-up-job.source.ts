import { Inject, Injectable } from '@nestjs/common';
import { type JobSource, type ScheduledJob } from '../scheduling/scheduled-job';
import { type WorkersSettings, workersSettingsConfig } from '../workers-settings.config';
import { followUpJobOf } from './follow-up-job';
import { FollowUpTaskRepository } from './persistence/follow-up-task.repository';

/** The follow-up tasks whose job should be on the followups queue, for the reconciler. */
@Injectable()
export class FollowUpJobSource implements JobSource {
  readonly name = 'follow-up tasks';

  constructor(
    private readonly tasks: FollowUpTaskRepository,
    @Inject(workersSettingsConfig.token) private readonly settings: WorkersSettings,
  ) {}

  async *openJobs(): AsyncIterable<readonly ScheduledJob[]> {
    for await (const page of this.tasks.withPendingJobs(this.settings.WORKERS_RECONCILE_PAGE_SIZE))
      yield page.flatMap((task) => followUpJobOf(task) ?? []);
  }
}
