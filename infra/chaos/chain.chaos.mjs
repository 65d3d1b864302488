// npm run chaos:chain: the event chain of the six apps under faults, measured. It runs on
// infrastructure of its own, so nobody else's tests on the machine's PostgreSQL, Redis and Kafka
// broker are disturbed: a PostgreSQL cluster (initdb, trust for 127.0.0.1) on a free port, a
// redis-server keeping nothing on disk on a free port, and a Kafka broker (infra/kafka, its files
// under KAFKA_DATA_DIR) on free ports, all in a directory of the run under the system's temporary
// directory that is removed at the end, also on failure or Ctrl-C. The apps run as bench:chain
// starts them (free ports, topics, schemas and Redis keys of the run), each kept running by the
// supervisor `npm start` uses.
//
// A steady paced run of bench:chain's chain (referral accepted → authorization approved by
// acme-health's rule → dispense created → verified and released by two pharmacists over HTTP →
// visit scheduled). Every CHAOS_CHASE_EVERY-th referral is sent without its insurance card: the
// workers chase it every CHAOS_REMINDER_S (escalated at the third reminder) until the coordinator
// adds it CHAOS_CHASE_S later and the referral joins the chain, so follow-up jobs fire all through
// the faults. During the run, in turn, with a settle period between:
//   1. each of the six apps is SIGKILLed once and its supervisor starts it again;
//   2. the broker is stopped for CHAOS_BROKER_DOWN_S, then started again;
//   3. PostgreSQL is restarted (fast);
//   4. Redis is restarted, empty: the workers must schedule their jobs again from PostgreSQL
//      (timed until every job an open row calls for is back, within CHAOS_JOBS_BACK_S);
//   5. a second instance of prior-auth and of pharmacy starts (other ports, same schema and
//      consumer groups), then the first instance of each is stopped (SIGTERM): the groups
//      rebalance and the outbox relays hand over.
// Then submitting stops, the chain drains (until no referral completes for CHAOS_DRAIN_STALL_S),
// and the run is checked by
// reading every topic and each service's tables (check-run.mjs): every accepted referral reached
// exactly its scheduled visits; no fact (authorization, dose, release, visit, task, due date)
// happened twice; every event a service applied was applied once and every outbox row reached
// Kafka; no task fired twice; every job an open row calls for is back in Redis; every dead letter
// has its reason. Prints a table per fault (its window, the referrals in flight during it, lost,
// doubled and recovered, the time from its end to the first visit of a referral sent after it and
// until the backlog sent before its end was drained) and `lost N, doubled N, recovered N`.
// Exits non-zero when anything was lost or doubled or a check failed.
//
// Settings: CHAOS_RATE (2 referrals/s: under what bench:chain finds the chain sustains on a busy
// 2-core machine, so recovery times measure the fault rather than a queue), CHAOS_WARMUP_S (20,
// before the first fault), CHAOS_SETTLE_S (20, after each fault), CHAOS_BROKER_DOWN_S (30),
// CHAOS_OVERLAP_S (10, both instances serving before the first ones stop), CHAOS_FAULTS
// (kill,broker,postgres,redis,handover: which to run), CHAOS_SUBMITTERS (16 referrals sent at a
// time at most), CHAOS_PHARMACISTS (8 doses at a time), CHAOS_RETRY_S (300: how long a user keeps
// trying one step), CHAOS_DRAIN_STALL_S (300: the drain gives up when no referral completed for
// that long), CHAOS_CHASE_EVERY (10; 0: none), CHAOS_REMINDER_S (20), CHAOS_CHASE_S (70),
// CHAOS_JOBS_BACK_S (150), CHAOS_LOG_LEVEL (warn, the apps'), CHAOS_SKIP_BUILD=1 (dist/ is
// current), CHAOS_KEEP_LOGS=1 (keep the apps' logs, otherwise kept only when the run fails).
// Timings are the machine's: when the chain completes fewer referrals a second than are sent,
// the report says so, as the backlog times then include that queue.
import { mkdirSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { chainContracts } from '../bench/chain/chain-driver.mjs';
import { EventLog } from '../bench/chain/event-log.mjs';
import { buildWorkspace } from '../scripts/lib/build.mjs';
import { developmentToken } from '../scripts/lib/development-tokens.mjs';
import { checkRun } from './check-run.mjs';
import { FAULT_KINDS, faultPlan, seconds } from './faults.mjs';
import { startOwnBroker } from './own-broker.mjs';
import { startOwnPostgres } from './own-postgres.mjs';
import { startOwnRedis } from './own-redis.mjs';
import { PacedChain } from './paced-chain.mjs';
import { waitForJobs } from './redis-jobs.mjs';
import { printReport } from './report.mjs';
import { SupervisedChain } from './supervised-chain.mjs';

const setting = (name, fallback) => Number(process.env[name] ?? fallback);
const RATE = setting('CHAOS_RATE', 2);
const WARMUP_MS = setting('CHAOS_WARMUP_S', 20) * 1000;
const SETTLE_MS = setting('CHAOS_SETTLE_S', 20) * 1000;
const BROKER_DOWN_MS = setting('CHAOS_BROKER_DOWN_S', 30) * 1000;
const OVERLAP_MS = setting('CHAOS_OVERLAP_S', 10) * 1000;
const PHARMACISTS = setting('CHAOS_PHARMACISTS', 8);
const SUBMITTERS = setting('CHAOS_SUBMITTERS', 16);
const RETRY_MS = setting('CHAOS_RETRY_S', 300) * 1000;
const DRAIN_STALL_MS = setting('CHAOS_DRAIN_STALL_S', 300) * 1000;
const LOG_LEVEL = process.env.CHAOS_LOG_LEVEL ?? 'warn';
const CHASE_EVERY = setting('CHAOS_CHASE_EVERY', 10);
const REMINDER_MS = setting('CHAOS_REMINDER_S', 20) * 1000;
const CHASE_MS = setting('CHAOS_CHASE_S', 70) * 1000;
// The reconciler runs every minute: the jobs must be back within that and some.
const JOBS_BACK_MS = setting('CHAOS_JOBS_BACK_S', 150) * 1000;
// The workers' default: the third unanswered reminder escalates the task.
const ESCALATE_AFTER = 3;
const KINDS = (process.env.CHAOS_FAULTS ?? FAULT_KINDS.join(','))
  .split(',')
  .map((kind) => kind.trim())
  .filter(Boolean);
const RUN = `${Date.now().toString(36)}${process.pid.toString(36)}`;
const DIRECTORY = join(tmpdir(), `infuse-chaos-${RUN}`);
const LOG_DIR = join(DIRECTORY, 'logs');

const log = (line) => console.log(`[chaos:chain] ${line}`);
const cleanups = [];
let failed = false;

async function main() {
  const unknown = KINDS.filter((kind) => kind !== 'none' && !FAULT_KINDS.includes(kind));
  if (unknown.length > 0) throw new Error(`CHAOS_FAULTS: unknown ${unknown.join(', ')}`);
  log(
    `run ${RUN}; ${cpus().length} cores, load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}; files in ${DIRECTORY}`,
  );
  if (process.env.CHAOS_SKIP_BUILD !== '1') {
    log('building');
    buildWorkspace();
  }
  mkdirSync(LOG_DIR, { recursive: true, mode: 0o755 });
  cleanups.push(() => {
    if (failed || process.env.CHAOS_KEEP_LOGS === '1') {
      for (const part of ['postgres', 'redis', 'kafka'])
        rmSync(join(DIRECTORY, part), { recursive: true, force: true });
      log(`the apps' logs are kept in ${LOG_DIR}`);
    } else rmSync(DIRECTORY, { recursive: true, force: true });
  });

  log('starting PostgreSQL, Redis and a Kafka broker of the run');
  const postgres = await startOwnPostgres({ directory: join(DIRECTORY, 'postgres') });
  cleanups.push(async () => {
    postgres.stop();
    postgres.remove();
  });
  const redis = await startOwnRedis({ directory: join(DIRECTORY, 'redis') });
  cleanups.push(() => redis.stop());
  const broker = await startOwnBroker({ directory: join(DIRECTORY, 'kafka') });
  cleanups.push(async () => {
    await broker.stop();
    broker.remove();
  });
  log(`PostgreSQL ${postgres.url}, Redis ${redis.url}, Kafka ${broker.address}`);
  // This script's own Kafka and Redis clients (the event log, the checks) read these.
  process.env.KAFKA_BROKERS = broker.address;
  process.env.REDIS_URL = redis.url;

  const tokens = {
    coordinator: await developmentToken({ role: 'intake_coordinator', subject: 'ic-chaos' }),
    verifier: await developmentToken({ role: 'pharmacist', subject: 'ph-1' }),
    releaser: await developmentToken({ role: 'pharmacist', subject: 'ph-2' }),
  };
  const chain = await SupervisedChain.prepare({
    run: RUN,
    databaseUrl: postgres.url,
    env: {
      ...process.env,
      NODE_ENV: 'development',
      LOG_LEVEL: LOG_LEVEL,
      REDIS_URL: redis.url,
      KAFKA_BROKERS: broker.address,
      FOLLOW_UPS_REMINDER_INTERVAL_HOURS: String(REMINDER_MS / 3_600_000),
      FOLLOW_UPS_ESCALATE_AFTER_REMINDERS: String(ESCALATE_AFTER),
    },
    logDir: LOG_DIR,
    log,
  });
  cleanups.push(() => chain.stop());
  log('starting the six apps');
  await chain.start();

  const contracts = chainContracts();
  const events = await EventLog.start({
    topics: [...new Set(contracts.map((contract) => `${chain.topicPrefix}${contract.topic}`))],
    groupId: `${chain.topicPrefix}chaos-reader`,
  });
  cleanups.push(() => events.stop());
  const driver = new PacedChain({
    events,
    urlOf: (name) => chain.urlOf(name),
    tokens,
    run: RUN,
    pharmacists: PHARMACISTS,
    retryForMs: RETRY_MS,
    chase: { every: CHASE_EVERY, forMs: CHASE_MS },
    log,
  });
  const progress = setInterval(() => {
    const completed = [...driver.referrals.keys()].filter((id) => driver.completedAt(id)).length;
    const [reason] = driver.retryReasons[0] ?? [];
    // The chain's events read so far, stage by stage: where it stands when it stalls.
    const counts = events.counts();
    const stages = contracts.map((contract) => counts[contract.type] ?? 0).join('/');
    log(
      `  ${driver.submittedCount} due, ${driver.referrals.size} accepted, ${completed} with their visits, ${driver.unreleased} doses awaiting the pharmacists; events ${stages}; ${driver.retries.submissions + driver.retries.pharmacy} tries again${reason ? ` (most: ${reason})` : ''}, ${driver.failures.length} given up`,
    );
  }, 10_000);
  cleanups.push(() => clearInterval(progress));

  const plan = faultPlan({
    kinds: KINDS,
    chain,
    broker,
    postgres,
    redis,
    jobsBack: () =>
      waitForJobs({
        redisUrl: redis.url,
        databaseUrl: postgres.url,
        schema: chain.schemaOf('workers'),
        prefix: chain.redisPrefix,
        withinMs: JOBS_BACK_MS,
      }),
    brokerDownMs: BROKER_DOWN_MS,
    overlapMs: OVERLAP_MS,
  });
  log(`chain at ${RATE} referrals/s; ${plan.length} faults, ${seconds(SETTLE_MS)} apart`);
  const runStartedAt = Date.now();
  driver.startSubmitting(RATE, SUBMITTERS);
  await sleep(WARMUP_MS);
  const windows = [];
  for (const [index, fault] of plan.entries()) {
    log(`fault ${index + 1}/${plan.length}: ${fault.name}`);
    const window = await fault.run();
    windows.push({ ...fault, ...window });
    log(`  over: ${window.detail}`);
    await sleep(SETTLE_MS);
  }
  const stoppedAt = Date.now();
  log(
    `stopped submitting after ${seconds(stoppedAt - runStartedAt)}; waiting for the chain to drain`,
  );
  await driver.stopSubmitting();
  const drain = await driver.waitForDrain(DRAIN_STALL_MS);
  clearInterval(progress);
  if (!drain.drained)
    log(
      `${drain.waiting.length} referrals still without their visits; none completed for ${seconds(DRAIN_STALL_MS)}`,
    );

  log('checking the topics and the databases');
  const checks = await checkRun({
    databaseUrl: postgres.url,
    redisUrl: redis.url,
    chain,
    driver,
    escalateAfter: ESCALATE_AFTER,
  });
  const outcome = printReport({
    run: RUN,
    rate: RATE,
    startedAt: runStartedAt,
    stoppedAt,
    drain,
    windows,
    driver,
    checks,
  });
  return outcome.ok;
}

/** Stops what the run started and removes what it made, once. */
let cleaning;
function cleanUp() {
  cleaning ??= (async () => {
    for (const cleanup of cleanups.reverse()) {
      try {
        await cleanup();
      } catch (error) {
        console.error(`[chaos:chain] cleanup: ${error.message}`);
        failed = true;
      }
    }
  })();
  return cleaning;
}

for (const signal of ['SIGINT', 'SIGTERM'])
  process.once(signal, () => {
    log(`${signal}: stopping and removing what the run made`);
    failed = true;
    void cleanUp().finally(() => process.exit(130));
  });

let exitCode = 0;
try {
  if (!(await main())) {
    exitCode = 1;
    failed = true;
  }
} catch (error) {
  console.error(`\n[chaos:chain] failed: ${error.stack ?? error.message}`);
  exitCode = 1;
  failed = true;
} finally {
  await cleanUp();
}
process.exit(exitCode);
