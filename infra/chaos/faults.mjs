// The faults, in turn, each with its window: from the moment it begins (the kill, the stop, the
// restart asked for) to the moment it is over (the app ready again, the broker answering again,
// the first instances gone). What comes after the end is the recovery the report measures.
import { setTimeout as sleep } from 'node:timers/promises';
import { CHAIN_APPS } from '../bench/chain/stack.mjs';

/** The kinds of fault, in the order they run; CHAOS_FAULTS picks some of them. */
export const FAULT_KINDS = ['kill', 'broker', 'postgres', 'redis', 'handover'];

/**
 * The faults of the run, each `{ name, kind, run() }`; `run()` resolves with `{ startedAt,
 * endedAt, detail }` (epoch ms) once the fault is over, and for some `rows` (more figures for the
 * report) and `problems` (what did not recover). `jobsBack()` waits until Redis holds the jobs.
 */
export function faultPlan({
  kinds,
  chain,
  broker,
  postgres,
  redis,
  jobsBack,
  brokerDownMs,
  overlapMs,
}) {
  const faults = [];
  if (kinds.includes('kill'))
    for (const name of CHAIN_APPS)
      faults.push({
        kind: 'kill',
        name: `SIGKILL ${name}`,
        async run() {
          const { killedAt, readyAt, pid, newPid } = await chain.crash(name);
          return {
            startedAt: killedAt,
            endedAt: readyAt,
            detail: `pid ${pid} killed; pid ${newPid} ready ${seconds(readyAt - killedAt)} later`,
          };
        },
      });
  if (kinds.includes('broker'))
    faults.push({
      kind: 'broker',
      name: `Kafka broker stopped for ${brokerDownMs / 1000} s`,
      async run() {
        const startedAt = Date.now();
        await broker.stop();
        const stoppedAt = Date.now();
        await sleep(brokerDownMs);
        const startingAt = Date.now();
        await broker.start();
        const endedAt = Date.now();
        return {
          startedAt,
          endedAt,
          detail: `stop took ${seconds(stoppedAt - startedAt)}, down ${seconds(startingAt - stoppedAt)}, start took ${seconds(endedAt - startingAt)}`,
        };
      },
    });
  if (kinds.includes('postgres'))
    faults.push({
      kind: 'postgres',
      name: 'PostgreSQL restarted',
      async run() {
        const startedAt = Date.now();
        await postgres.restart();
        const endedAt = Date.now();
        return {
          startedAt,
          endedAt,
          detail: `fast restart, answering again after ${seconds(endedAt - startedAt)}`,
        };
      },
    });
  if (kinds.includes('redis'))
    faults.push({
      kind: 'redis',
      name: 'Redis restarted empty',
      async run() {
        const startedAt = Date.now();
        await redis.restart();
        const endedAt = Date.now();
        // The workers' reconciler must schedule every open row's job again from PostgreSQL.
        const jobs = await jobsBack();
        return {
          startedAt,
          endedAt,
          detail: `every job lost; answering again after ${seconds(endedAt - startedAt)}`,
          rows: [
            [
              'end → every job the rows call for back in Redis',
              jobs.missing.length === 0
                ? `${seconds(jobs.afterMs)} (${jobs.firstMissing} of ${jobs.calledFor} were missing)`
                : `${jobs.missing.length} of ${jobs.calledFor} still missing after ${seconds(jobs.afterMs)}`,
            ],
          ],
          problems: jobs.missing.map((job) => `not rescheduled after Redis's restart: ${job}`),
        };
      },
    });
  if (kinds.includes('handover'))
    faults.push({
      kind: 'handover',
      name: 'prior-auth and pharmacy handed over to second instances',
      async run() {
        const times = await chain.handOver(['prior-auth', 'pharmacy'], { overlapMs });
        return {
          startedAt: times.startedAt,
          endedAt: times.stoppedAt,
          detail: `second instances ready after ${seconds(times.secondsReadyAt - times.startedAt)}, both served ${seconds(times.stoppingAt - times.secondsReadyAt)}, first ones stopped (SIGTERM) in ${seconds(times.stoppedAt - times.stoppingAt)}`,
        };
      },
    });
  return faults;
}

export function seconds(ms) {
  return `${(ms / 1000).toFixed(1)} s`;
}
