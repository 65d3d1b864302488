import { Injectable } from '@nestjs/common';
import { COPAY_ASSISTANCE_JOBS, QUEUES } from '@infuse/contracts';
import { type EntityManager } from 'typeorm';
import { jobIdOf, type ScheduledJob } from '../../scheduling/scheduled-job';
import { JobScheduler } from '../../scheduling/job-scheduler';
import { type AssistanceCase, stepOf } from '../domain/assistance-case';
import { AssistanceCalendar } from '../assistance-calendar';

/** What an assistance job carries: ids only, the case is re-read when it runs. */
export interface CaseJobData {
  caseId: string;
  /** The enrol step's programme. */
  programmeId?: string;
  /** The re-enrol step's day. */
  dueOn?: string;
  traceparent?: string;
}

/**
 * The job a case calls for now, derived from the row alone: the enrolment call to record (at
 * once), or the re-enrolment to note (at the start of its day). The id names the step, so a case
 * that moved on (another programme, another enrolment) gets a new job and the old one exits.
 */
@Injectable()
export class CaseJobs {
  constructor(
    private readonly calendar: AssistanceCalendar,
    private readonly scheduler: JobScheduler,
  ) {}

  jobOf(assistanceCase: AssistanceCase): ScheduledJob | undefined {
    const step = stepOf(assistanceCase);
    if (!step) return undefined;
    const base = { queue: QUEUES.copayAssistance } as const;
    const caseId = assistanceCase.id;
    return step.step === 'enrol'
      ? {
          ...base,
          name: COPAY_ASSISTANCE_JOBS.enrol,
          data: { caseId, programmeId: step.programmeId },
          jobId: jobIdOf('assistance-case', assistanceCase.id, 'enrol', step.programmeId),
          dueAt: this.calendar.now(),
        }
      : {
          ...base,
          name: COPAY_ASSISTANCE_JOBS.reEnrol,
          data: { caseId, dueOn: step.dueOn },
          jobId: jobIdOf('assistance-case', assistanceCase.id, 're-enrol', step.dueOn),
          dueAt: this.calendar.startOf(step.dueOn),
        };
  }

  /** Schedules the case's job, if it calls for one, once the change's transaction commits. */
  async scheduleOnCommit(manager: EntityManager, assistanceCase: AssistanceCase): Promise<void> {
    const job = this.jobOf(assistanceCase);
    if (job) await this.scheduler.scheduleOnCommit(manager, job);
  }
}
