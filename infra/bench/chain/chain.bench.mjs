// npm run bench:chain: pushes referrals through the event chain of the six apps, run as
// processes as `npm start` runs them (on free ports, with topics, schemas and Redis keys of this
// run's own): referral accepted → authorization approved (acme-health's automatic rule) →
// dispense created → (two pharmacists verify and release over HTTP, driven by this script) →
// dispense released → visit scheduled. Beside it, in the same run on the same broker, a bare
// kafkajs relay of four hops with the same partitions (6) and message sizes. Reports
// referrals per second, p50/p99 per hop and end to end for both, and each service's peak
// resident memory. Goals (2 cores): at least 50 referrals/s; at 20 referrals/s each hop's p99
// within 20 ms of the relay's; no service above 256 MB resident.
//
// Phases: warm-up (BENCH_WARMUP referrals, also giving the event sizes the relay copies), then
// latency (relay, then chain: BENCH_LATENCY_REFERRALS at BENCH_RATE a second, open loop), then
// throughput (relay, then chain: BENCH_REFERRALS, BENCH_CONCURRENCY submitted at a time).
// Settings: BENCH_REFERRALS (500), BENCH_LATENCY_REFERRALS (200), BENCH_RATE (20),
// BENCH_CONCURRENCY (16), BENCH_WARMUP (20), BENCH_PHARMACISTS (8 releases at a time),
// BENCH_TIMEOUT_S (900 per phase), BENCH_SKIP_BUILD=1 (dist/ is current),
// BENCH_PROFILE=<app,app> with BENCH_PROFILE_DIR=<dir> (CPU profiles of those apps, summarised
// at the end), BENCH_LOG_LEVEL (warn, the apps' log level), DATABASE_URL, KAFKA_BROKERS,
// REDIS_URL. Exits non-zero when the run fails; missed goals are printed, and make it fail
// only with BENCH_STRICT=1.
import { cpus, loadavg } from 'node:os';
import { buildWorkspace } from '../../scripts/lib/build.mjs';
import { developmentToken } from '../../scripts/lib/development-tokens.mjs';
import { DEFAULT_DATABASE_URL } from '../../scripts/lib/environment.mjs';
import { infrastructureUp } from '../../scripts/lib/infrastructure.mjs';
import { ChainDriver, chainContracts } from './chain-driver.mjs';
import { EventLog } from './event-log.mjs';
import { readPid } from '../../kafka/lib/broker-process.mjs';
import { cpuBetween, cpuOfCommand, cpuOfPid, ProcessUsage } from './process-usage.mjs';
import { summariseProfiles } from './profile-summary.mjs';
import { startRelayBaseline } from './relay-baseline.mjs';
import { printHops, printUsage } from './report.mjs';
import { startChainStack } from './stack.mjs';
import { median } from './stats.mjs';

const setting = (name, fallback) => Number(process.env[name] ?? fallback);
const REFERRALS = setting('BENCH_REFERRALS', 500);
const LATENCY_REFERRALS = setting('BENCH_LATENCY_REFERRALS', 200);
const RATE = setting('BENCH_RATE', 20);
const CONCURRENCY = setting('BENCH_CONCURRENCY', 16);
const WARMUP = setting('BENCH_WARMUP', 20);
const PHARMACISTS = setting('BENCH_PHARMACISTS', 8);
const TIMEOUT_MS = setting('BENCH_TIMEOUT_S', 900) * 1000;
const PROFILED = (process.env.BENCH_PROFILE ?? '').split(',').filter(Boolean);
const PROFILE_DIR = process.env.BENCH_PROFILE_DIR;
const DATABASE_URL = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL;
const GOAL = { perSecond: 50, p99OverRelayMs: 20, residentMb: 256 };
const RUN = `${Date.now().toString(36)}${process.pid.toString(36)}`;

const log = (line) => console.log(`[bench:chain] ${line}`);
const cleanups = [];
// The measured phases, after the warm-up: the window CPU profiles are summarised over.
const measured = { fromMs: 0, toMs: 0, exitedAt: new Map() };

async function main() {
  if (PROFILED.length > 0 && !PROFILE_DIR) throw new Error('BENCH_PROFILE needs BENCH_PROFILE_DIR');
  log(
    `run ${RUN}; ${cpus().length} cores, load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  await infrastructureUp({ log: () => undefined });
  if (process.env.BENCH_SKIP_BUILD !== '1') {
    log('building');
    buildWorkspace();
  }
  const tokens = {
    coordinator: await developmentToken({ role: 'intake_coordinator', subject: 'ic-bench' }),
    verifier: await developmentToken({ role: 'pharmacist', subject: 'ph-1' }),
    releaser: await developmentToken({ role: 'pharmacist', subject: 'ph-2' }),
  };
  log('starting the six apps');
  const stack = await startChainStack({
    run: RUN,
    databaseUrl: DATABASE_URL,
    env: {
      ...process.env,
      NODE_ENV: 'development',
      LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'warn',
    },
    nodeOptionsOf: (name) =>
      PROFILED.includes(name)
        ? [
            '--cpu-prof',
            `--cpu-prof-dir=${PROFILE_DIR}`,
            `--cpu-prof-name=${name}.${RUN}.cpuprofile`,
          ]
        : [],
  });
  cleanups.push(async () => {
    const failures = await stack.close();
    if (failures.length > 0) throw new Error(`cleanup: ${failures.join('; ')}`);
  });
  // An app that ends during the run fails it, rather than leaving the chain to time out.
  const crashed = new Promise((_, reject) => {
    for (const [name, app] of stack.processes)
      void app.exited.then(({ code, signal }) => {
        if (!stopping)
          reject(new Error(`${name} exited (${signal ?? `code ${code}`}) during the run`));
      });
  });
  void crashed.catch(() => undefined);
  const broker = readPid();
  // The relays start after the warm-up; until then they have used nothing.
  let relayPids = [];
  const usage = new ProcessUsage(
    new Map([...stack.processes].map(([name, app]) => [name, app.child.pid])),
    new Map([
      ['the Kafka broker', () => (broker ? cpuOfPid(broker) : 0)],
      ['this script', () => cpuOfPid(process.pid)],
      ['the relays', () => relayPids.reduce((sum, pid) => sum + cpuOfPid(pid), 0)],
      ['PostgreSQL (all its processes)', () => cpuOfCommand('postgres')],
    ]),
  );
  cleanups.push(async () => usage.stop());

  const contracts = chainContracts();
  const events = await EventLog.start({
    topics: [...new Set(contracts.map((contract) => `${stack.topicPrefix}${contract.topic}`))],
    groupId: `${stack.topicPrefix}bench-reader`,
  });
  cleanups.push(() => events.stop());
  const chain = new ChainDriver({
    log: events,
    urlOf: stack.urlOf,
    tokens,
    run: RUN,
    pharmacistConcurrency: PHARMACISTS,
    outboundCalls: { databaseUrl: DATABASE_URL, schema: stack.schemaOf('prior-auth') },
  });
  const race = (promise) => Promise.race([promise, crashed]);

  log(`warm-up: ${WARMUP} referrals`);
  await race(chain.runPhase({ count: WARMUP, concurrency: 4, timeoutMs: TIMEOUT_MS }));
  // The relay's messages have the sizes of the chain's events at the same stage.
  const valueBytes = contracts.map((contract) =>
    median(events.ofType(contract.type).map((event) => event.value.length)),
  );
  log(`event sizes (value bytes): ${valueBytes.join(', ')}`);
  const relay = await startRelayBaseline({ topicPrefix: stack.topicPrefix, valueBytes });
  cleanups.push(() => relay.stop());
  relayPids = relay.relays.map((relayProcess) => relayProcess.child.pid);
  await relay.run({ count: WARMUP * 5, concurrency: 4, timeoutMs: TIMEOUT_MS });

  measured.fromMs = Date.now();
  measured.exitedAt = stack.exitedAt;
  log(`latency: ${LATENCY_REFERRALS} at ${RATE}/s through the relay, then the chain`);
  const relayLatency = await relay.run({
    count: LATENCY_REFERRALS,
    rate: RATE,
    timeoutMs: TIMEOUT_MS,
  });
  const chainLatency = await race(
    chain.runPhase({ count: LATENCY_REFERRALS, rate: RATE, timeoutMs: TIMEOUT_MS }),
  );

  log(`throughput: ${REFERRALS}, ${CONCURRENCY} at a time, through the relay, then the chain`);
  const relayThroughput = await relay.run({
    count: REFERRALS,
    concurrency: CONCURRENCY,
    timeoutMs: TIMEOUT_MS,
  });
  // Its last phase is done: the chain's throughput phase runs without the relays.
  await relay.stop();
  const before = usage.cpuMark();
  const chainThroughput = await race(
    chain.runPhase({ count: REFERRALS, concurrency: CONCURRENCY, timeoutMs: TIMEOUT_MS }),
  );
  const cpu = cpuBetween(before, usage.cpuMark());
  measured.toMs = Date.now();
  const memory = usage.memory();

  console.log(
    `\nbench:chain, run ${RUN}: six apps as processes (log level ${process.env.BENCH_LOG_LEVEL ?? 'warn'}), ${cpus().length} cores, load average now ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  console.log(
    'Hop: from the causing event\'s append to Kafka to the resulting event\'s ce_time; "then to Kafka": from that ce_time to its own append (commit, outbox relay, send).',
  );
  const excess = printHops(
    `Latency: ${chainLatency.count} referrals at ${RATE}/s (relay: ${relayLatency.count} messages at ${RATE}/s)`,
    chainLatency,
    relayLatency,
  );
  printHops(
    `Throughput: ${chainThroughput.count} referrals, ${CONCURRENCY} submitted at a time (relay: ${relayThroughput.count} messages, ${CONCURRENCY} sent at a time)`,
    chainThroughput,
    relayThroughput,
  );
  console.log(
    `\n  chain ${chainThroughput.perSecond.toFixed(1)} referrals/s (${chainThroughput.count} in ${chainThroughput.seconds.toFixed(1)} s, submit to last visit read); relay ${relayThroughput.perSecond.toFixed(1)} messages/s`,
  );
  printUsage(memory, cpu, chainThroughput.seconds);

  const missed = [];
  if (chainThroughput.perSecond < GOAL.perSecond)
    missed.push(
      `throughput ${chainThroughput.perSecond.toFixed(1)} referrals/s < ${GOAL.perSecond}`,
    );
  for (const { label, over } of excess)
    if (over > GOAL.p99OverRelayMs)
      missed.push(
        `${label.trim()}: p99 ${over.toFixed(1)} ms over the relay's (> ${GOAL.p99OverRelayMs})`,
      );
  for (const { name, peakMb } of memory)
    if (peakMb > GOAL.residentMb)
      missed.push(`${name}: ${peakMb.toFixed(0)} MB resident (> ${GOAL.residentMb})`);
  console.log(
    `\nGoals: ${missed.length === 0 ? 'all met' : `missed:\n  - ${missed.join('\n  - ')}`}`,
  );
  return missed;
}

let stopping = false;
let exitCode = 0;

/** Stops what the run started and removes what it made, once; a failure here fails the run. */
async function cleanUp() {
  if (stopping) return;
  stopping = true;
  for (const cleanup of cleanups.reverse()) {
    try {
      await cleanup();
    } catch (error) {
      console.error(`[bench:chain] ${error.message}`);
      exitCode = 1;
    }
  }
  if (PROFILED.length > 0 && measured.toMs > 0)
    try {
      summariseProfiles(PROFILE_DIR, RUN, measured);
    } catch (error) {
      console.error(`[bench:chain] CPU profiles: ${error.message}`);
    }
}

for (const signal of ['SIGINT', 'SIGTERM'])
  process.once(signal, () => {
    log(`${signal}: cleaning up`);
    void cleanUp().finally(() => process.exit(130));
  });

try {
  const missed = await main();
  if (missed.length > 0 && process.env.BENCH_STRICT === '1') exitCode = 1;
} catch (error) {
  console.error(`\n[bench:chain] failed: ${error.stack ?? error.message}`);
  exitCode = 1;
} finally {
  await cleanUp();
}
process.exit(exitCode);
