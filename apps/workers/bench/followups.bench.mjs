// npm run bench:followups: the follow-up queue of the workers app against a bare BullMQ worker
// that does nothing, on the same Redis, in the same run, with the same concurrency. Two loads,
// each on both in alternating rounds:
//  - a burst: BENCH_BURST jobs all due at once; jobs per second from the due time to the last
//    one handled;
//  - a steady rate: BENCH_RATE jobs per second for BENCH_SECONDS; p50/p99 from each job's due
//    time to its handling.
// A job counts as handled when its completion reaches the bench (BullMQ's completed event), for
// both alike. The app's jobs are those of real tasks (rows it fires under their lock, publishing
// a due event each); the bench seeds the rows and adds their jobs as the app's scheduler does.
// Goal: at least 0.5× the bare worker's rate, and p99 under 1 s at 100 jobs/s.
// Settings: BENCH_BURST (2000), BENCH_RATE (100), BENCH_SECONDS (10), BENCH_ROUNDS (2),
// WORKERS_FOLLOW_UP_CONCURRENCY (100, for both); BENCH_PROFILE_DIR=<dir> writes a CPU profile of the app there.
import { randomUUID } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startNodeProcess } from '../../../infra/scripts/lib/app-process.mjs';
import { ROOT } from '../../../infra/scripts/lib/build.mjs';
import { DEFAULT_DATABASE_URL } from '../../../infra/scripts/lib/environment.mjs';
import { infrastructureUp } from '../../../infra/scripts/lib/infrastructure.mjs';
import { query } from '../../../infra/scripts/lib/postgres.mjs';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const BURST = Number(process.env.BENCH_BURST ?? 2000);
const RATE = Number(process.env.BENCH_RATE ?? 100);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const CONCURRENCY = process.env.WORKERS_FOLLOW_UP_CONCURRENCY ?? '100';
const PROFILE_DIR = process.env.BENCH_PROFILE_DIR;
const GOAL_RATIO = 0.5;
const GOAL_P99_MS = 1000;
const LEAD_MS = 2000;
const DATABASE_URL = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL;
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const RUN = Date.now().toString(36);
const SCHEMA = `workers_bench_${RUN}`;
const PREFIX = `workers-bench-${RUN}`;
const BARE_QUEUE = 'bench-bare';
const require = createRequire(import.meta.url);
const { Queue, QueueEvents } = require('bullmq');

// The workers app and the libraries it uses, into dist/.
function buildWorkers() {
  const result = spawnSync(
    process.execPath,
    [require.resolve('typescript/bin/tsc'), '-p', join(HERE, '..', 'tsconfig.build.json')],
    { cwd: ROOT, encoding: 'utf8' },
  );
  if (result.status !== 0) throw new Error(`build failed:\n${result.stdout}${result.stderr}`);
}

const connection = { url: REDIS_URL, maxRetriesPerRequest: null };

/** Waits for the app's migrations: the task table exists. */
async function taskTableReady() {
  for (;;) {
    const {
      rows: [row],
    } = await query(DATABASE_URL, `SELECT to_regclass($1) AS t`, [`"${SCHEMA}".follow_up_task`]);
    if (row?.t) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/**
 * Open tasks due at the given times, as the app stores them, each of its own patient (one
 * patient's events are published one transaction at a time, by design); returns their ids.
 */
async function seedTasks(dueTimes) {
  const ids = dueTimes.map(() => randomUUID());
  await query(
    DATABASE_URL,
    `INSERT INTO "${SCHEMA}".follow_up_task (id, kind, subject_key, patient_id, referral_id,
            authorization_id, status, priority, due_at, job_step, next_run_at, created_at, updated_at)
     SELECT id, 'authorization_pended', id::text, gen_random_uuid(), gen_random_uuid(), id,
            'scheduled', 'normal', due, 1, due, now(), now()
       FROM unnest($1::uuid[], $2::timestamptz[]) AS t(id, due)`,
    [ids, dueTimes.map((at) => new Date(at))],
  );
  return ids;
}

/**
 * Adds one job per due time (ids and data as the app's scheduler makes them), then resolves with
 * each job's due-to-handled latency (ms) and the seconds from the first due time to the last
 * completion, as the completed events reach the bench.
 */
async function runLoad(queue, events, jobsOf, dueTimes) {
  const jobs = jobsOf(dueTimes);
  const dueById = new Map(jobs.map((job, index) => [job.opts.jobId, dueTimes[index]]));
  const latencies = [];
  let last = 0;
  const done = new Promise((resolve) => {
    const onCompleted = ({ jobId }) => {
      const due = dueById.get(jobId);
      if (due === undefined) return;
      dueById.delete(jobId);
      const now = Date.now();
      latencies.push(now - due);
      last = Math.max(last, now);
      if (dueById.size === 0) {
        events.off('completed', onCompleted);
        resolve();
      }
    };
    events.on('completed', onCompleted);
  });
  for (let i = 0; i < jobs.length; i += 500) {
    const now = Date.now();
    await queue.addBulk(
      jobs.slice(i, i + 500).map((job, j) => ({
        ...job,
        opts: { ...job.opts, delay: Math.max(0, dueTimes[i + j] - now) },
      })),
    );
  }
  await done;
  return { latencies, seconds: (last - Math.min(...dueTimes)) / 1000 };
}

function summarize(runs) {
  const latencies = runs.flatMap((run) => run.latencies).sort((a, b) => a - b);
  const at = (fraction) =>
    latencies[Math.min(latencies.length - 1, Math.ceil(fraction * latencies.length) - 1)];
  const seconds = runs.reduce((sum, run) => sum + run.seconds, 0);
  return {
    jobs: latencies.length,
    perSecond: latencies.length / seconds,
    p50: at(0.5),
    p99: at(0.99),
  };
}

const burstTimes = () => {
  const due = Date.now() + LEAD_MS;
  return Array.from({ length: BURST }, () => due);
};
const steadyTimes = () => {
  const start = Date.now() + LEAD_MS;
  return Array.from({ length: RATE * SECONDS }, (_, i) => start + Math.round((i * 1000) / RATE));
};

async function main() {
  await infrastructureUp({ log: () => undefined });
  buildWorkers();
  const env = {
    ...process.env,
    DATABASE_URL,
    REDIS_URL,
    NODE_ENV: 'development',
    DATABASE_SCHEMA: SCHEMA,
    REDIS_KEY_PREFIX: PREFIX,
    WORKERS_PORT: '0',
    WORKERS_FOLLOW_UP_CONCURRENCY: CONCURRENCY,
    DATABASE_POOL_SIZE: process.env.DATABASE_POOL_SIZE ?? '10',
    LOG_LEVEL: 'warn',
    KAFKA_TOPIC_PREFIX: `bench-${RUN}.`,
  };
  const app = startNodeProcess({
    name: 'workers',
    args: [
      ...(PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${PROFILE_DIR}`] : []),
      '-r',
      join(ROOT, 'infra/runtime/register-paths.js'),
      join(ROOT, 'dist/apps/workers/src/main.js'),
    ],
    env,
    echo: false,
  });
  const bare = startNodeProcess({
    name: 'bare-worker',
    args: [join(HERE, 'bare-worker.mjs')],
    env: { ...env, BENCH_QUEUE: BARE_QUEUE },
    echo: false,
  });
  await Promise.all([app.address, bare.address]);
  await taskTableReady();

  const followups = new Queue('followups', { connection, prefix: PREFIX });
  const followupEvents = new QueueEvents('followups', { connection, prefix: PREFIX });
  const bareQueue = new Queue(BARE_QUEUE, { connection, prefix: PREFIX });
  const bareEvents = new QueueEvents(BARE_QUEUE, { connection, prefix: PREFIX });
  await Promise.all([followupEvents.waitUntilReady(), bareEvents.waitUntilReady()]);

  // The app's jobs come from rows seeded first; the bare worker's are the same jobs, row-less.
  const appJobs = async (dueTimes) => {
    const ids = await seedTasks(dueTimes);
    return () =>
      ids.map((id) => ({
        name: 'authorization_pended',
        data: { taskId: id, step: 1 },
        opts: {
          jobId: `follow-up-${id}-1`,
          removeOnComplete: true,
          attempts: 8,
          backoff: { type: 'exponential', delay: 2000 },
        },
      }));
  };
  const bareJobs = (times) =>
    times.map(() => {
      const id = randomUUID();
      return {
        name: 'authorization_pended',
        data: { taskId: id, step: 1 },
        opts: {
          jobId: `bare-${id}-1`,
          removeOnComplete: true,
          attempts: 8,
          backoff: { type: 'exponential', delay: 2000 },
        },
      };
    });

  const results = { burst: [[], []], steady: [[], []] };
  for (const [load, timesOf] of [
    ['burst', burstTimes],
    ['steady', steadyTimes],
  ]) {
    // Warm-up, then alternating rounds, so a change in the machine's load falls on both alike.
    await runLoad(bareQueue, bareEvents, bareJobs, steadyTimes().slice(0, 200));
    {
      const warm = steadyTimes().slice(0, 200);
      await runLoad(followups, followupEvents, await appJobs(warm), warm);
    }
    for (let round = 0; round < ROUNDS; round += 1) {
      results[load][0].push(await runLoad(bareQueue, bareEvents, bareJobs, timesOf()));
      const times = timesOf();
      results[load][1].push(await runLoad(followups, followupEvents, await appJobs(times), times));
    }
  }
  await Promise.all([followupEvents.close(), bareEvents.close()]);
  await Promise.all([followups.obliterate({ force: true }), bareQueue.obliterate({ force: true })]);
  await Promise.all([followups.close(), bareQueue.close()]);
  await Promise.all([app.stop(), bare.stop()]);

  const [bareBurst, appBurst] = results.burst.map(summarize);
  const [bareSteady, appSteady] = results.steady.map(summarize);
  const line = (name, burst, steady) =>
    `  ${name.padEnd(32)} ${burst.perSecond.toFixed(0).padStart(6)} jobs/s   at ${RATE} jobs/s: p50 ${steady.p50.toFixed(0).padStart(5)} ms   p99 ${steady.p99.toFixed(0).padStart(5)} ms`;
  console.log(
    `\nfollowups queue, concurrency ${CONCURRENCY}, same Redis, ${ROUNDS} alternating rounds: a burst of ${BURST} jobs due at once (jobs/s), and ${RATE} jobs/s for ${SECONDS} s (due-to-handled)\n`,
  );
  console.log(line('bare BullMQ worker (no work)', bareBurst, bareSteady));
  console.log(line('workers app (fires each task)', appBurst, appSteady));
  const ratio = appBurst.perSecond / bareBurst.perSecond;
  const met = ratio >= GOAL_RATIO && appSteady.p99 < GOAL_P99_MS;
  console.log(
    `\n  the app runs at ${ratio.toFixed(2)}× the bare worker's rate (goal ≥ ${GOAL_RATIO}×), p99 ${appSteady.p99.toFixed(0)} ms at ${RATE} jobs/s (goal < ${GOAL_P99_MS} ms): ${met ? 'met' : 'missed'}`,
  );
}

try {
  await main();
} finally {
  await query(DATABASE_URL, `DROP SCHEMA IF EXISTS "${SCHEMA}" CASCADE`).catch(() => undefined);
}
