import { type QueueName } from '@infuse/contracts';

/**
 * The BullMQ job one open row calls for now. PostgreSQL is the truth and Redis only schedules, so
 * everything here is derived from the row: scheduling it twice, or again after Redis lost it,
 * is harmless.
 */
export interface ScheduledJob {
  queue: QueueName;
  /** The job name: a follow-up kind, an assistance step. */
  name: string;
  /**
   * Deterministic, from the row and its step (e.g. `follow-up-<taskId>-<step>`), never with `:`
   * (BullMQ 6 refuses it). A row that moves on to another step gets a new id; the job of the old
   * step then finds the row moved on and exits quietly.
   */
  jobId: string;
  /** Ids only (the row is re-read when the job runs): no patient data in Redis. */
  data: Record<string, string | number | boolean>;
  /** When the job should run; a time already past runs it at once. */
  dueAt: Date;
  /** The W3C traceparent of what created the row, so the job continues its trace. */
  traceparent?: string;
}

/**
 * A table of rows that each call for a job, e.g. the follow-up tasks or the assistance cases.
 * The reconciler asks every source for the jobs of its open rows and re-creates those Redis
 * lacks; register a source by listing its class in the module's `jobSources` array.
 */
export interface JobSource {
  /** Names the source in logs and metrics. */
  readonly name: string;
  /**
   * The job each open row calls for now, in pages (keyset order, so a long table is read in
   * short queries). A row that needs no job now (waiting on a person or an event) is left out.
   */
  openJobs(): AsyncIterable<readonly ScheduledJob[]>;
}

/** Nest token of every registered `JobSource`. */
export const JOB_SOURCES = Symbol('JOB_SOURCES');

/** BullMQ 6 job ids may not contain `:`; a deterministic id is built from these parts. */
export function jobIdOf(...parts: readonly (string | number)[]): string {
  const id = parts.join('-');
  if (id.includes(':')) throw new Error(`A job id may not contain ':' (${id})`);
  return id;
}
