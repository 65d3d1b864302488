// The workers' jobs against their rows: PostgreSQL is the truth and Redis only schedules, so
// every open follow-up task with a run time must have its job (`follow-up-<task>-<step>`, the
// architecture's deterministic id) in Redis, and every assistance case sending or holding an
// enrolment its case job. After Redis restarts empty, the workers' reconciler puts them back.
import Redis from 'ioredis';
import { setTimeout as sleep } from 'node:timers/promises';
import { query } from '../scripts/lib/postgres.mjs';

/** The rows that call for a job now, and which of them Redis lacks. */
async function jobsNow({ redis, databaseUrl, schema, prefix }) {
  const { rows: tasks } = await query(
    databaseUrl,
    `SELECT id, job_step FROM "${schema}".follow_up_task WHERE closed_at IS NULL AND next_run_at IS NOT NULL`,
  );
  const { rows: cases } = await query(
    databaseUrl,
    `SELECT id FROM "${schema}".assistance_case WHERE status IN ('enrolling', 'enrolled')`,
  );
  const missing = [];
  for (const task of tasks)
    if (!(await redis.exists(`${prefix}:followups:follow-up-${task.id}-${task.job_step}`)))
      missing.push(`follow-up task ${task.id} step ${task.job_step}`);
  for (const assistanceCase of cases) {
    // The run's own Redis, small: KEYS is fine here.
    const keys = await redis.keys(
      `${prefix}:copay-assistance:assistance-case-${assistanceCase.id}-*`,
    );
    if (keys.length === 0) missing.push(`assistance case ${assistanceCase.id}`);
  }
  return { calledFor: tasks.length + cases.length, missing };
}

/**
 * Polls until Redis holds every job the rows call for, or `withinMs` passed (the reconciler runs
 * every minute). Resolves with `{ calledFor, missing, firstMissing, afterMs }`: `firstMissing`,
 * how many were missing at the first look.
 */
export async function waitForJobs({ redisUrl, databaseUrl, schema, prefix, withinMs }) {
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: 1 });
  const started = Date.now();
  let firstMissing;
  try {
    for (;;) {
      const found = await jobsNow({ redis, databaseUrl, schema, prefix });
      firstMissing ??= found.missing.length;
      const afterMs = Date.now() - started;
      if (found.missing.length === 0 || afterMs > withinMs)
        return { ...found, firstMissing, afterMs };
      await sleep(1_000);
    }
  } finally {
    redis.disconnect();
  }
}
