// The broker's jars (Maven) and its KRaft storage, each made once.
import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import {
  classpath,
  javaBin,
  KAFKA_DIR,
  log4jArgs,
  PATHS,
  readFileOr,
  rel,
  seconds,
  tail,
} from './paths.mjs';

/** Run Maven only when target/libs is missing or pom.xml changed since the last build. */
export async function ensureJars(log) {
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
export async function formatStorageOnce(log) {
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

export function storageFormatArgs(clusterId) {
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
export function newClusterId() {
  // An id starting with '-' would be parsed as a command-line flag; Kafka avoids those too.
  for (;;) {
    const id = randomBytes(16).toString('base64url');
    if (!id.startsWith('-')) return id;
  }
}

/** Run a command to completion, capturing stdout+stderr together. */
export function run(cmd, args) {
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
