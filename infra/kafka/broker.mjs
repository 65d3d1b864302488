#!/usr/bin/env node
// Local single-node Apache Kafka (KRaft) broker for development and tests.
//
//   node infra/kafka/broker.mjs start|stop|status
//
// or, from Node:  import { startBroker, stopBroker, brokerStatus } from './infra/kafka/broker.mjs'
//
// There is no Docker engine here, so the broker is assembled from Maven Central jars
// (pom.xml -> target/libs) and run as a plain background JVM. Everything it writes lives
// in infra/kafka/data/ (git-ignored): rendered config, KRaft log dirs, logs and the pid file.
//
// Environment:
//   KAFKA_BROKERS          host:port the broker listens on / clients use (default 127.0.0.1:9092;
//                          only the first entry of a comma-separated list is used)
//   KAFKA_CONTROLLER_PORT  KRaft controller port on the same host (default 9093)
//   JAVA_HOME              use $JAVA_HOME/bin/java instead of `java` from PATH
//
// Status exit codes (CLI): 0 a broker answers, 1 our process runs but does not answer (yet),
// 3 not running.

import fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import { ensureJars, formatStorageOnce } from './lib/broker-build.mjs';
import { brokerConfig, renderProperties } from './lib/broker-config.mjs';
import {
  isOurBroker,
  launchBroker,
  readPid,
  readPidFileAddress,
  removeClassArchives,
  removePidFile,
  terminate,
  waitUntilReady,
} from './lib/broker-process.mjs';
import { probe } from './lib/broker-probe.mjs';
import { PATHS, rel, seconds } from './lib/paths.mjs';
import { withStartLock } from './lib/start-lock.mjs';

// kafkajs prints a multi-line partitioner notice on every producer; nobody here needs it.
process.env.KAFKAJS_NO_PARTITIONER_WARNING ??= '1';

/**
 * Start the broker in the background unless one is already usable.
 * Resolves once a client call succeeds.
 * @returns {Promise<{state: 'started'|'already-running'|'external', address: string, pid?: number, ms: number}>}
 */
export async function startBroker({ log = console.log } = {}) {
  const started = Date.now();
  const cfg = brokerConfig();
  fs.mkdirSync(PATHS.logs, { recursive: true });

  // Two concurrent starts (e.g. parallel test targets) must not launch two JVMs.
  return withStartLock(log, async () => {
    const running = await reuseRunningBroker(cfg, log);
    if (running) return { ...running, ms: Date.now() - started };

    await ensureJars(log);
    renderProperties(cfg);
    await formatStorageOnce(log);

    const child = launchBroker(cfg.address);
    log(
      `Kafka broker starting (pid ${child.pid}) on ${cfg.address}, controller port ${cfg.controllerPort}...`,
    );
    try {
      await waitUntilReady(cfg.address, child);
    } catch (err) {
      await terminate(child.pid);
      removePidFile();
      throw err;
    }
    const ms = Date.now() - started;
    log(
      `Kafka broker ready at ${cfg.address} (pid ${child.pid}) in ${seconds(ms)}. Logs: ${rel(PATHS.logs)}`,
    );
    return { state: 'started', pid: child.pid, address: cfg.address, ms };
  });
}

/**
 * Stop the broker started from this checkout (SIGTERM, then SIGKILL after a timeout).
 * A no-op when it is not running; never touches a broker started elsewhere.
 * @returns {Promise<{state: 'stopped'|'not-running', pid?: number, ms: number}>}
 */
export async function stopBroker({ log = console.log } = {}) {
  const started = Date.now();
  const pid = readPid();
  if (!pid || !isOurBroker(pid)) {
    const stale = fs.existsSync(PATHS.pid);
    removePidFile();
    log(`Kafka broker is not running${stale ? ' (removed a stale pid file)' : ''}.`);
    return { state: 'not-running', ms: Date.now() - started };
  }
  log(`Stopping Kafka broker (pid ${pid})...`);
  const how = await terminate(pid);
  removePidFile();
  // A JVM killed while writing its class-data archive may leave a broken one behind.
  if (how === 'killed') removeClassArchives();
  const ms = Date.now() - started;
  log(
    `Kafka broker stopped${how === 'killed' ? ' (SIGKILL after timeout)' : ''} in ${seconds(ms)}.`,
  );
  return { state: 'stopped', pid, ms };
}

/**
 * Report whether our broker process runs and whether a client call to the address succeeds.
 * `external` is true when something answers as Kafka but was not started from this checkout.
 * @returns {Promise<{running: boolean, ready: boolean, external: boolean, pid: number|null, address: string, clusterId?: string}>}
 */
export async function brokerStatus({ log = () => {} } = {}) {
  const pid = readPid();
  const running = Boolean(pid && isOurBroker(pid));
  // Ask our broker where it actually listens, even if KAFKA_BROKERS changed since it started.
  const address = (running && readPidFileAddress()) || brokerConfig().address;
  const cluster = await probe(address);
  const status = {
    running,
    ready: Boolean(cluster),
    external: Boolean(cluster) && !running,
    pid: running ? pid : null,
    address,
    ...(cluster ? { clusterId: cluster.clusterId } : {}),
  };
  log(describeStatus(status));
  return status;
}

/**
 * If a broker is already usable, say so and return its state; otherwise clean up a stale
 * pid file and return null so the caller starts one.
 */
async function reuseRunningBroker(cfg, log) {
  const pid = readPid();
  if (pid && isOurBroker(pid)) {
    const runningAt = readPidFileAddress();
    if (runningAt && runningAt !== cfg.address) {
      // Waiting would only time out: the JVM listens where it was started.
      throw new Error(
        `The Kafka broker from this checkout (pid ${pid}) runs at ${runningAt}, ` +
          `not ${cfg.address}. Stop it first to change KAFKA_BROKERS.`,
      );
    }
    if (!(await probe(cfg.address))) {
      // Started by an earlier call that has not finished starting (or a slow restart).
      log(`Kafka broker process ${pid} is running; waiting for it to answer on ${cfg.address}...`);
      await waitUntilReady(cfg.address, null, pid);
    }
    log(`Kafka broker already running at ${cfg.address} (pid ${pid}).`);
    return { state: 'already-running', pid, address: cfg.address };
  }
  if (pid) {
    log(`Removing stale pid file (pid ${pid} is not a running Kafka broker).`);
    removePidFile();
  }
  const cluster = await probe(cfg.address);
  if (cluster) {
    // E.g. a broker started from another checkout: reuse it rather than fail on a port clash.
    log(
      `A Kafka broker not started from this checkout already answers at ${cfg.address} ` +
        `(cluster ${cluster.clusterId}); not starting another.`,
    );
    return { state: 'external', address: cfg.address };
  }
  return null;
}

function describeStatus(s) {
  if (s.running) {
    return (
      `Kafka broker running (pid ${s.pid}) at ${s.address}: ` +
      (s.ready ? `ready (cluster ${s.clusterId})` : 'not answering client calls yet')
    );
  }
  if (s.external) {
    return `Kafka broker not started from this checkout, but one answers at ${s.address} (cluster ${s.clusterId}).`;
  }
  return `Kafka broker not running (nothing answers at ${s.address}).`;
}

// ---------------------------------------------------------------------------
// CLI
// ---------------------------------------------------------------------------

async function main(command) {
  switch (command) {
    case 'start':
      await startBroker();
      return 0;
    case 'stop':
      await stopBroker();
      return 0;
    case 'status': {
      const s = await brokerStatus({ log: console.log });
      if (s.ready) return 0;
      return s.running ? 1 : 3;
    }
    default:
      console.error('usage: node infra/kafka/broker.mjs start|stop|status');
      return 2;
  }
}

const invokedDirectly =
  process.argv[1] && import.meta.url === pathToFileURL(fs.realpathSync(process.argv[1])).href;
if (invokedDirectly) {
  main(process.argv[2]).then(
    (code) => process.exit(code),
    (err) => {
      console.error(err.message);
      process.exit(1);
    },
  );
}
