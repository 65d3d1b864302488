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

import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import kafkajs from 'kafkajs';

const { Kafka, logLevel } = kafkajs;

// kafkajs prints a multi-line partitioner notice on every producer; nobody here needs it.
process.env.KAFKAJS_NO_PARTITIONER_WARNING ??= '1';

const KAFKA_DIR = path.dirname(fileURLToPath(import.meta.url));
const DATA_DIR = path.join(KAFKA_DIR, 'data');

const PATHS = {
  pom: path.join(KAFKA_DIR, 'pom.xml'),
  template: path.join(KAFKA_DIR, 'server.properties'),
  log4j: path.join(KAFKA_DIR, 'log4j2.properties'),
  libs: path.join(KAFKA_DIR, 'target', 'libs'),
  // Hash of the pom the jars in target/libs were built from.
  buildStamp: path.join(KAFKA_DIR, 'target', 'libs.pom.sha256'),
  props: path.join(DATA_DIR, 'server.properties'),
  kraftLogs: path.join(DATA_DIR, 'kraft-logs'),
  logs: path.join(DATA_DIR, 'logs'),
  jvmOut: path.join(DATA_DIR, 'logs', 'broker.out'),
  pid: path.join(DATA_DIR, 'broker.pid'),
  startLock: path.join(DATA_DIR, 'start.lock'),
};

const READY_TIMEOUT_MS = 90_000;
const STOP_TIMEOUT_MS = 30_000;
const KILL_TIMEOUT_MS = 5_000;
const POLL_MS = 250;

// ---------------------------------------------------------------------------
// Public API
// ---------------------------------------------------------------------------

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

// ---------------------------------------------------------------------------
// Configuration
// ---------------------------------------------------------------------------

/** Host/ports from the environment, read per call so callers can set env first. */
function brokerConfig() {
  const first = (process.env.KAFKA_BROKERS || '127.0.0.1:9092').split(',')[0].trim();
  const hostPort = first.replace(/^[a-z_]+:\/\//i, ''); // tolerate PLAINTEXT://host:port
  const sep = hostPort.lastIndexOf(':');
  const host = sep > 0 ? hostPort.slice(0, sep) : hostPort;
  const port = Number(sep > 0 ? hostPort.slice(sep + 1) : 9092);
  const controllerPort = Number(process.env.KAFKA_CONTROLLER_PORT || 9093);
  for (const [name, value] of [
    ['KAFKA_BROKERS port', port],
    ['KAFKA_CONTROLLER_PORT', controllerPort],
  ]) {
    if (!Number.isInteger(value) || value <= 0 || value > 65535)
      throw new Error(`Invalid ${name}: ${value}`);
  }
  if (port === controllerPort) throw new Error(`Broker and controller cannot share port ${port}`);
  return { host, port, controllerPort, address: `${host}:${port}` };
}

/**
 * Write data/server.properties: the checked-in template with the address-dependent keys
 * replaced, so changing ports never means editing a tracked file.
 */
function renderProperties({ host, port, controllerPort }) {
  const overrides = {
    'controller.quorum.voters': `1@${host}:${controllerPort}`,
    listeners: `PLAINTEXT://${host}:${port},CONTROLLER://${host}:${controllerPort}`,
    'advertised.listeners': `PLAINTEXT://${host}:${port}`,
    'log.dirs': PATHS.kraftLogs.replace(/\\/g, '\\\\'),
  };
  const seen = new Set();
  const lines = fs
    .readFileSync(PATHS.template, 'utf8')
    .split('\n')
    .map((line) => {
      const key = line.match(/^\s*([\w.-]+)\s*[=:]/)?.[1];
      if (!key || !(key in overrides)) return line;
      seen.add(key);
      return `${key}=${overrides[key]}`;
    });
  for (const [key, value] of Object.entries(overrides)) {
    if (!seen.has(key)) lines.push(`${key}=${value}`);
  }
  const header = `# GENERATED by broker.mjs from ${rel(PATHS.template)} - edit the template, not this file.\n`;
  fs.writeFileSync(PATHS.props, header + lines.join('\n'));
}

// ---------------------------------------------------------------------------
// Build and storage
// ---------------------------------------------------------------------------

/** Run Maven only when target/libs is missing or pom.xml changed since the last build. */
async function ensureJars(log) {
  const pomHash = createHash('sha256').update(fs.readFileSync(PATHS.pom)).digest('hex');
  const hasJars =
    fs.existsSync(PATHS.libs) && fs.readdirSync(PATHS.libs).some((f) => f.endsWith('.jar'));
  if (hasJars && readFileOr(PATHS.buildStamp, '').trim() === pomHash) return;

  log(
    `Building Kafka broker jars with Maven (${hasJars ? 'pom.xml changed' : 'first run, downloads from Maven Central'})...`,
  );
  const started = Date.now();
  // Start from an empty libs dir so jars of an old version never linger on the classpath.
  fs.rmSync(PATHS.libs, { recursive: true, force: true });
  const mvn = await run('mvn', ['-B', '-q', '-f', PATHS.pom, 'package']);
  if (mvn.code !== 0) {
    throw new Error(
      `Maven build of the Kafka broker failed (exit ${mvn.code}):\n${tail(mvn.output, 40)}`,
    );
  }
  fs.writeFileSync(PATHS.buildStamp, `${pomHash}\n`);
  log(`Maven build done in ${seconds(Date.now() - started)}.`);
}

/** Format the KRaft log dir on first use; later starts reuse it (topics survive restarts). */
async function formatStorageOnce(log) {
  if (fs.existsSync(path.join(PATHS.kraftLogs, 'meta.properties'))) return;
  const clusterId = newClusterId();
  log(`Formatting KRaft storage in ${rel(PATHS.kraftLogs)} (cluster id ${clusterId})...`);
  // Static quorum (controller.quorum.voters), so no --standalone is needed;
  // --ignore-formatted keeps a re-run harmless if meta.properties check ever races.
  const fmt = await run(javaBin(), storageFormatArgs(clusterId));
  if (fmt.code !== 0) {
    throw new Error(`Kafka StorageTool format failed (exit ${fmt.code}):\n${tail(fmt.output, 40)}`);
  }
}

function storageFormatArgs(clusterId) {
  // prettier-ignore
  return [
    ...log4jArgs(),
    '-cp', classpath(),
    'kafka.tools.StorageTool', 'format',
    '-t', clusterId,
    '-c', PATHS.props,
    '--ignore-formatted',
  ];
}

/** 16 random bytes, URL-safe base64 without padding: the format Kafka's Uuid uses. */
function newClusterId() {
  // An id starting with '-' would be parsed as a command-line flag; Kafka avoids those too.
  for (;;) {
    const id = randomBytes(16).toString('base64url');
    if (!id.startsWith('-')) return id;
  }
}

// ---------------------------------------------------------------------------
// Process management
// ---------------------------------------------------------------------------

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

/** Spawn the JVM detached so it outlives this Node process; record its pid. */
function launchBroker(address) {
  const out = fs.openSync(PATHS.jvmOut, 'a');
  try {
    const child = spawn(javaBin(), brokerJvmArgs(), {
      cwd: KAFKA_DIR,
      detached: true,
      stdio: ['ignore', out, out],
    });
    child.on('exit', (code, signal) => {
      child.exitInfo = signal ?? `exit code ${code}`;
    });
    // Without a listener a missing java binary would crash Node with an unhandled 'error'.
    child.on('error', (err) => {
      child.exitInfo = err.message;
    });
    if (child.pid === undefined) throw new Error(`Could not run ${javaBin()} (set JAVA_HOME?)`);
    child.unref();
    // Second line: the address it serves, so a start with other ports can tell.
    fs.writeFileSync(PATHS.pid, `${child.pid}\n${address}\n`);
    return child;
  } finally {
    fs.closeSync(out); // the child has its own copy of the descriptor
  }
}

function brokerJvmArgs() {
  // prettier-ignore
  return [
    '-Xms256m', '-Xmx512m',
    '-XX:+UseG1GC', '-XX:MaxGCPauseMillis=20',
    '-XX:+ExitOnOutOfMemoryError',
    '-Djava.awt.headless=true',
    ...classDataSharingArgs(),
    ...log4jArgs(),
    '-cp', classpath(),
    'kafka.Kafka', PATHS.props,
  ];
}

/**
 * Class-data sharing (JDK 17 dynamic CDS): the first run records the classes Kafka loads
 * into an archive when the JVM exits (on stop); later starts map that archive instead of
 * loading thousands of classes from jars, about 1 s of a ~3 s start on 2 cores.
 * The JVM only accepts an archive whose classpath jars are unchanged, so the archive is
 * named after the jars (and the java binary) it was made from: a rebuild gets a fresh one
 * instead of a silently ignored stale one. An unusable archive is ignored (-Xshare:auto),
 * never fatal.
 */
function classDataSharingArgs() {
  const name = `classes-${classpathFingerprint()}.jsa`;
  removeClassArchives(name);
  const archive = path.join(DATA_DIR, name);
  const mode = fs.existsSync(archive) ? 'SharedArchiveFile' : 'ArchiveClassesAtExit';
  // -Xlog: the dump warns about every class it skips; that is noise, not a problem.
  return [`-XX:${mode}=${archive}`, '-Xshare:auto', '-Xlog:cds=off,cds+dynamic=off'];
}

function removeClassArchives(keep) {
  for (const file of fs.readdirSync(DATA_DIR)) {
    if (/^classes-.*\.jsa$/.test(file) && file !== keep)
      fs.rmSync(path.join(DATA_DIR, file), { force: true });
  }
}

function classpathFingerprint() {
  const hash = createHash('sha256').update(javaBin());
  for (const jar of fs.readdirSync(PATHS.libs).sort()) {
    const { size, mtimeMs } = fs.statSync(path.join(PATHS.libs, jar));
    hash.update(`${jar}:${size}:${mtimeMs}\n`);
  }
  return hash.digest('hex').slice(0, 12);
}

/**
 * Poll with a real client call until the broker answers. Fails fast if the JVM dies
 * (bad config, port in use) instead of waiting out the timeout.
 */
async function waitUntilReady(address, child, pid = child?.pid) {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (await probe(address)) return;
    const died = child ? child.exitInfo : !isOurBroker(pid) && 'process gone';
    if (died) {
      throw new Error(
        `Kafka broker (pid ${pid}) exited during startup (${died}).\n` +
          `Last log lines:\n${logTail()}`,
      );
    }
    await sleep(POLL_MS);
  }
  throw new Error(
    `Kafka broker did not answer at ${address} within ${seconds(READY_TIMEOUT_MS)}.\n` +
      `Last log lines:\n${logTail()}`,
  );
}

/** SIGTERM (Kafka shuts down cleanly), then SIGKILL if it hangs. */
async function terminate(pid) {
  if (!signal(pid, 'SIGTERM')) return 'gone';
  if (await waitForExit(pid, STOP_TIMEOUT_MS)) return 'terminated';
  signal(pid, 'SIGKILL');
  if (await waitForExit(pid, KILL_TIMEOUT_MS)) return 'killed';
  throw new Error(`Kafka broker (pid ${pid}) did not exit even after SIGKILL`);
}

async function waitForExit(pid, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return true;
    await sleep(POLL_MS);
  }
  return !isAlive(pid);
}

/**
 * A pid file can outlive its process and the pid can be reused, so "alive" is not enough:
 * on Linux also check that the command line is a Kafka broker.
 */
function isOurBroker(pid) {
  if (!isAlive(pid)) return false;
  try {
    const cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    return cmdline.includes('kafka.Kafka'); // empty for zombies too
  } catch {
    return process.platform !== 'linux'; // no /proc to ask: trust the pid
  }
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return err.code === 'EPERM';
  }
}

function signal(pid, sig) {
  try {
    process.kill(pid, sig);
    return true;
  } catch {
    return false;
  }
}

/**
 * Serialise starts across processes with an exclusive lock file holding the owner's pid.
 * A lock whose owner died is taken over.
 */
async function withStartLock(log, fn) {
  const deadline = Date.now() + READY_TIMEOUT_MS + 60_000; // a cold start may include Maven
  let waiting = false;
  for (;;) {
    try {
      fs.writeFileSync(PATHS.startLock, `${process.pid}\n`, { flag: 'wx' });
      break;
    } catch (err) {
      if (err.code !== 'EEXIST') throw err;
      const owner = Number.parseInt(readFileOr(PATHS.startLock, ''), 10);
      if (!owner || !isAlive(owner)) {
        fs.rmSync(PATHS.startLock, { force: true });
        continue;
      }
      if (Date.now() > deadline)
        throw new Error(`Timed out waiting for another start (pid ${owner})`);
      if (!waiting) log(`Another start (pid ${owner}) is in progress; waiting for it...`);
      waiting = true;
      await sleep(POLL_MS);
    }
  }
  try {
    return await fn();
  } finally {
    fs.rmSync(PATHS.startLock, { force: true });
  }
}

// ---------------------------------------------------------------------------
// Client probe
// ---------------------------------------------------------------------------

/**
 * One quick kafkajs admin call. Returns { clusterId, brokers } when a Kafka broker answers
 * at the address, null otherwise. Never retries: callers poll.
 */
async function probe(address) {
  const kafka = new Kafka({
    clientId: 'infuse-broker-probe',
    brokers: [address],
    logLevel: logLevel.NOTHING,
    connectionTimeout: 1_000,
    requestTimeout: 3_000,
    retry: { retries: 0 },
  });
  const admin = kafka.admin();
  try {
    const cluster = await withTimeout(
      (async () => {
        await admin.connect();
        return admin.describeCluster();
      })(),
      5_000,
    );
    return cluster.brokers.length > 0 ? cluster : null;
  } catch {
    return null;
  } finally {
    await admin.disconnect().catch(() => {});
  }
}

// ---------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------

function javaBin() {
  return process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
}

// Java expands the trailing "*" itself; no shell is involved.
function classpath() {
  return path.join(PATHS.libs, '*');
}

function log4jArgs() {
  return [`-Dlog4j2.configurationFile=${PATHS.log4j}`, `-Dkafka.logs.dir=${PATHS.logs}`];
}

/** Run a command to completion, capturing stdout+stderr together. */
function run(cmd, args) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: KAFKA_DIR, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => {
      output += d;
    });
    child.stderr.on('data', (d) => {
      output += d;
    });
    child.on('error', (err) => resolve({ code: -1, output: `${output}${err.message}` }));
    child.on('close', (code) => resolve({ code, output }));
  });
}

function readPid() {
  const pid = Number.parseInt(readFileOr(PATHS.pid, ''), 10);
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}

function readPidFileAddress() {
  return readFileOr(PATHS.pid, '').split('\n')[1]?.trim() || null;
}

function removePidFile() {
  fs.rmSync(PATHS.pid, { force: true });
}

function readFileOr(file, fallback) {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return fallback;
  }
}

function logTail() {
  const serverLog = path.join(PATHS.logs, 'server.log');
  return (
    [PATHS.jvmOut, serverLog]
      .map((f) => tail(readFileOr(f, ''), 15))
      .filter(Boolean)
      .join('\n') || '(no log output)'
  );
}

function tail(text, lines) {
  return text.trimEnd().split('\n').slice(-lines).join('\n');
}

function withTimeout(promise, ms) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function seconds(ms) {
  return `${(ms / 1000).toFixed(1)} s`;
}

function rel(p) {
  return path.relative(process.cwd(), p) || '.';
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
