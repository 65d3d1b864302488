// Builds the offline FHIR validator (tools/fhir-validate, a Maven module) into
// tools/fhir-validate/target: fhir-validate.jar and the jars it names in lib/. Maven runs only
// when pom.xml or a file under src/ changed since the last build (a content hash in the stamp),
// so a run with nothing to do costs a few milliseconds. The test command calls it before the
// tests, and the tests' client (libs/testing/src/fhir-validator.ts) runs this file, so a single
// project's tests build it too. Run it by hand: `node infra/scripts/lib/fhir-validator-build.mjs`.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const MODULE = path.join(ROOT, 'tools', 'fhir-validate');
const TARGET = path.join(MODULE, 'target');

export const FHIR_VALIDATOR_JAR = path.join(TARGET, 'fhir-validate.jar');
const STAMP = path.join(TARGET, 'build.sha256');
// Parallel test targets may both find the jar missing: one builds, the other waits for it.
const LOCK = path.join(TARGET, 'build.lock');
const LOCK_WAIT_MS = 10 * 60_000; // a cold build downloads ~150 MB from Maven Central

/** Builds the jar unless the stamp says it was built from the current sources. */
export async function ensureFhirValidatorJar({ log = console.log } = {}) {
  const started = Date.now();
  if (isUpToDate(sourceHash())) {
    log(`FHIR validator jar is up to date (${Date.now() - started} ms)`);
    return FHIR_VALIDATOR_JAR;
  }
  await withBuildLock(log, async () => {
    const hash = sourceHash();
    if (isUpToDate(hash)) return; // built by the process we waited for
    log(`Building the FHIR validator with Maven (${reason()})...`);
    // Start from nothing but the lock: a resource or jar of an earlier build must not linger
    // (Maven copies a resource only when it looks newer, and a restored file keeps its old date).
    for (const entry of fs.readdirSync(TARGET)) {
      if (path.join(TARGET, entry) !== LOCK) {
        fs.rmSync(path.join(TARGET, entry), { recursive: true, force: true });
      }
    }
    const mvn = await run('mvn', ['-B', '-q', '-Dstyle.color=never', '-f', 'pom.xml', 'package']);
    if (mvn.code !== 0) {
      throw new Error(
        `Maven build of the FHIR validator failed (exit ${mvn.code}):\n${tail(mvn.output, 40)}`,
      );
    }
    fs.writeFileSync(STAMP, `${hash}\n`);
  });
  log(`FHIR validator build done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return FHIR_VALIDATOR_JAR;
}

function isUpToDate(hash) {
  return fs.existsSync(FHIR_VALIDATOR_JAR) && readOr(STAMP, '').trim() === hash;
}

function reason() {
  return fs.existsSync(FHIR_VALIDATOR_JAR)
    ? 'sources changed'
    : 'no jar yet; the first build downloads from Maven Central';
}

/** sha256 over pom.xml and every file under src/, names and contents, in a stable order. */
function sourceHash() {
  const hash = createHash('sha256');
  const files = [
    'pom.xml',
    ...listFiles(path.join(MODULE, 'src')).map((f) => path.relative(MODULE, f)),
  ];
  for (const file of files.sort()) {
    hash.update(`${file}\0`);
    hash.update(fs.readFileSync(path.join(MODULE, file)));
    hash.update('\0');
  }
  return hash.digest('hex');
}

function listFiles(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? listFiles(full) : [full];
  });
}

/** An exclusive lock file holding the owner's pid; a lock whose owner died is taken over. */
async function withBuildLock(log, fn) {
  fs.mkdirSync(TARGET, { recursive: true });
  const deadline = Date.now() + LOCK_WAIT_MS;
  let waiting = false;
  for (;;) {
    try {
      fs.writeFileSync(LOCK, `${process.pid}\n`, { flag: 'wx' });
      break;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
      const owner = Number.parseInt(readOr(LOCK, ''), 10);
      if (!owner || !isAlive(owner)) {
        fs.rmSync(LOCK, { force: true });
        continue;
      }
      if (Date.now() > deadline)
        throw new Error(`Timed out waiting for the FHIR validator build of pid ${owner}`);
      if (!waiting)
        log(`Another FHIR validator build (pid ${owner}) is running; waiting for it...`);
      waiting = true;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
  try {
    return await fn();
  } finally {
    fs.rmSync(LOCK, { force: true });
  }
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

function run(cmd, args) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: MODULE, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => resolve({ code: -1, output: `${output}${error.message}` }));
    child.on('close', (code) => resolve({ code, output }));
  });
}

function readOr(file, fallback) {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return fallback;
  }
}

function tail(text, lines) {
  return text.trimEnd().split('\n').slice(-lines).join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  ensureFhirValidatorJar({ log: (message) => console.log(`[fhir-validate] ${message}`) }).catch(
    (error) => {
      console.error(`[fhir-validate] ${error.message}`);
      process.exitCode = 1;
    },
  );
}
