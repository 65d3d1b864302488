import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { QUEUES } from '@infuse/contracts';
import { type Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { type JobSource, type ScheduledJob } from '../../scheduling/scheduled-job';
import { type WorkersSettings, workersSettingsConfig } from '../../workers-settings.config';
import { type AssistanceSettings, assistanceSettingsConfig } from '../assistance-settings.config';
import { CASE_COLUMNS, caseOf, type CaseRow } from '../persistence/assistance-case.repository';
import { CaseJobs } from './case-jobs';

/**
 * The assistance cases as a job source: every case sending its enrolment or holding one calls
 * for a job (the enrolment call, the re-enrolment day), re-created by the reconciler when Redis
 * lost it. Each pass also sets the queue's rate limit again, which a flushed Redis loses too.
 */
@Injectable()
export class CopayAssistanceJobSource implements JobSource {
  readonly name = 'assistance-cases';

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectQueue(QUEUES.copayAssistance) private readonly queue: Queue,
    private readonly jobs: CaseJobs,
    @Inject(workersSettingsConfig.token) private readonly workers: WorkersSettings,
    @Inject(assistanceSettingsConfig.token) private readonly settings: AssistanceSettings,
  ) {}

  async *openJobs(): AsyncIterable<readonly ScheduledJob[]> {
    // Calls to programmes are rate-limited across every instance (a limit kept in Redis).
    await this.queue.setGlobalRateLimit(
      this.settings.ASSISTANCE_ENROLMENT_RATE_MAX,
      this.settings.ASSISTANCE_ENROLMENT_RATE_WINDOW_MS,
    );
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows = await this.dataSource.query<CaseRow[]>(
        `SELECT ${CASE_COLUMNS} FROM assistance_case
          WHERE status IN ('enrolling', 'enrolled') AND id > $1
          ORDER BY id LIMIT $2`,
        [after, this.workers.WORKERS_RECONCILE_PAGE_SIZE],
      );
      if (rows.length === 0) return;
      after = rows[rows.length - 1]?.id ?? after;
      const jobs = rows.map((row) => this.jobs.jobOf(caseOf(row)));
      yield jobs.filter((job): job is ScheduledJob => job !== undefined);
    }
  }
}
