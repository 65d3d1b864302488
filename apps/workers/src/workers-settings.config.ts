import { defineConfigSection, type SectionValue } from '@infuse/config';
import { z } from 'zod';

/** How the workers run their jobs, for both queues; validated at boot with every other section. */
export const workersSettingsConfig = defineConfigSection(
  'workers',
  z.object({
    /** How often the reconciler re-creates the jobs Redis lost (the issue: every minute). */
    WORKERS_RECONCILE_INTERVAL_MS: z.coerce.number().int().positive().default(60_000),
    /** Rows the reconciler reads, and jobs it checks in Redis, per round trip. */
    WORKERS_RECONCILE_PAGE_SIZE: z.coerce.number().int().min(1).max(5_000).default(500),
    /** Tries of a job before it stays failed (on the dashboard) until the next reconciliation. */
    WORKERS_JOB_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(8),
    /** First retry delay; each later retry waits twice as long (exponential backoff). */
    WORKERS_JOB_BACKOFF_MS: z.coerce.number().int().positive().default(2_000),
    /** How long a failed job is kept for the dashboard before the reconciler may re-create it. */
    WORKERS_FAILED_JOB_KEEP_HOURS: z.coerce.number().positive().default(24),
    /** Serves bull-board at /admin/queues to administrators (tests under Jest turn it off). */
    WORKERS_QUEUE_DASHBOARD: z
      .enum(['true', 'false'])
      .default('true')
      .transform((value) => value === 'true'),
    /** Follow-up jobs fired together in one transaction, at most (group commit). */
    WORKERS_FIRE_BATCH_SIZE: z.coerce.number().int().min(1).max(500).default(100),
    /** Follow-up batches committing at once; the jobs that run meanwhile wait for the next. */
    WORKERS_FIRE_BATCHES_IN_FLIGHT: z.coerce.number().int().min(1).max(20).default(2),
    /**
     * Follow-up jobs one process runs at once. They wait on PostgreSQL, not the CPU, and those
     * running together fire in one transaction, so a high number makes bigger batches.
     */
    WORKERS_FOLLOW_UP_CONCURRENCY: z.coerce.number().int().min(1).max(500).default(100),
  }),
);

export type WorkersSettings = SectionValue<typeof workersSettingsConfig>;
