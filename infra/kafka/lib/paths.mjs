// Where the local broker keeps its files, and small helpers shared by the broker modules.
import path from 'node:path';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

export const KAFKA_DIR = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
// KAFKA_DATA_DIR puts a second broker's files (config, KRaft logs, logs, pid and start lock)
// elsewhere, e.g. the fault run's own broker, so the usual broker's files are never touched.
export const DATA_DIR = process.env.KAFKA_DATA_DIR
  ? path.resolve(process.env.KAFKA_DATA_DIR)
  : path.join(KAFKA_DIR, 'data');

export const PATHS = {
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

export const READY_TIMEOUT_MS = 90_000;
export const POLL_MS = 250;

export function javaBin() {
  return process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
}

// Java expands the trailing "*" itself; no shell is involved.
export function classpath() {
  return path.join(PATHS.libs, '*');
}

export function log4jArgs() {
  return [`-Dlog4j2.configurationFile=${PATHS.log4j}`, `-Dkafka.logs.dir=${PATHS.logs}`];
}

export function readFileOr(file, fallback) {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return fallback;
  }
}

export function tail(text, lines) {
  return text.trimEnd().split('\n').slice(-lines).join('\n');
}

export function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export function seconds(ms) {
  return `${(ms / 1000).toFixed(1)} s`;
}

export function rel(p) {
  return path.relative(process.cwd(), p) || '.';
}

export function logTail() {
  const serverLog = path.join(PATHS.logs, 'server.log');
  return (
    [PATHS.jvmOut, serverLog]
      .map((f) => tail(readFileOr(f, ''), 15))
      .filter(Boolean)
      .join('\n') || '(no log output)'
  );
}
