// The broker JVM as a background process: launch, pid file, liveness, termination.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { probe } from './broker-probe.mjs';
import {
  classpath,
  DATA_DIR,
  javaBin,
  KAFKA_DIR,
  log4jArgs,
  logTail,
  PATHS,
  POLL_MS,
  READY_TIMEOUT_MS,
  readFileOr,
  seconds,
  sleep,
} from './paths.mjs';

const STOP_TIMEOUT_MS = 30_000;
const KILL_TIMEOUT_MS = 5_000;

/** Spawn the JVM detached so it outlives this Node process; record its pid. */
export function launchBroker(address) {
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

export function brokerJvmArgs() {
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
export function classDataSharingArgs() {
  const name = `classes-${classpathFingerprint()}.jsa`;
  removeClassArchives(name);
  const archive = path.join(DATA_DIR, name);
  const mode = fs.existsSync(archive) ? 'SharedArchiveFile' : 'ArchiveClassesAtExit';
  // -Xlog: the dump warns about every class it skips; that is noise, not a problem.
  return [`-XX:${mode}=${archive}`, '-Xshare:auto', '-Xlog:cds=off,cds+dynamic=off'];
}

export function removeClassArchives(keep) {
  for (const file of fs.readdirSync(DATA_DIR)) {
    if (/^classes-.*\.jsa$/.test(file) && file !== keep)
      fs.rmSync(path.join(DATA_DIR, file), { force: true });
  }
}

export function classpathFingerprint() {
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
export async function waitUntilReady(address, child, pid = child?.pid) {
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
export async function terminate(pid) {
  if (!signal(pid, 'SIGTERM')) return 'gone';
  if (await waitForExit(pid, STOP_TIMEOUT_MS)) return 'terminated';
  signal(pid, 'SIGKILL');
  if (await waitForExit(pid, KILL_TIMEOUT_MS)) return 'killed';
  throw new Error(`Kafka broker (pid ${pid}) did not exit even after SIGKILL`);
}

export async function waitForExit(pid, timeoutMs) {
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
export function isOurBroker(pid) {
  if (!isAlive(pid)) return false;
  try {
    const cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    return cmdline.includes('kafka.Kafka'); // empty for zombies too
  } catch {
    return process.platform !== 'linux'; // no /proc to ask: trust the pid
  }
}

export function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return err.code === 'EPERM';
  }
}

export function signal(pid, sig) {
  try {
    process.kill(pid, sig);
    return true;
  } catch {
    return false;
  }
}

export function readPid() {
  const pid = Number.parseInt(readFileOr(PATHS.pid, ''), 10);
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}

export function readPidFileAddress() {
  return readFileOr(PATHS.pid, '').split('\n')[1]?.trim() || null;
}

export function removePidFile() {
  fs.rmSync(PATHS.pid, { force: true });
}
