import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { COPAY_ASSISTANCE_JOBS, QUEUES } from '@infuse/contracts';
import { runInTrace, traceFrom } from '@infuse/observability';
import { type Job } from 'bullmq';
import { SendEnrolmentUseCase } from '../enrolment/send-enrolment.use-case';
import { NoteReEnrolmentDueUseCase } from './note-re-enrolment-due.use-case';

import { type CaseJobData } from './case-jobs';

/**
 * The `copay-assistance` queue: each job re-reads its case and does its step, or nothing when
 * the case has moved on. The queue is rate-limited (CopayAssistanceJobSource sets the limit),
 * so enrolment calls reach programmes no faster than they allow; a failing job is retried with
 * exponential backoff (JobScheduler's options).
 */
@Processor(QUEUES.copayAssistance)
export class CopayAssistanceProcessor extends WorkerHost {
  private readonly logger = new Logger('CopayAssistanceProcessor');

  constructor(
    private readonly sendEnrolment: SendEnrolmentUseCase,
    private readonly noteReEnrolmentDue: NoteReEnrolmentDueUseCase,
  ) {
    super();
  }

  process(job: Job<CaseJobData>): Promise<void> {
    // The job continues the trace of the change that scheduled it.
    return runInTrace(traceFrom(job.data.traceparent), () => this.run(job.name, job.data));
  }

  private async run(name: string, data: CaseJobData): Promise<void> {
    switch (name) {
      case COPAY_ASSISTANCE_JOBS.enrol:
        return this.sendEnrolment.execute(data.caseId, data.programmeId ?? '');
      case COPAY_ASSISTANCE_JOBS.reEnrol:
        return this.noteReEnrolmentDue.execute(data.caseId, data.dueOn ?? '');
      default:
        this.logger.warn(`no step for job ${name} on ${QUEUES.copayAssistance}`);
    }
  }
}
