// Runs Jest with the arguments it is given (the Nx targets test and test-unit, see
// infra/nx/jest-targets.js). It creates the folder of --outputFile first, which Jest does not,
// and lets a project without tests yet pass. With --outputFile it also makes sure a test that
// leaves a server, client or timer open cannot hold `npm test` forever: once Jest has written
// its report it has a few seconds to exit, then it is stopped with a line saying why.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';

const EXIT_GRACE_MS = 10_000;
const require = createRequire(import.meta.url);
const args = process.argv.slice(2);

const outputFile = args.find((arg) => arg.startsWith('--outputFile='))?.split('=')[1];
if (outputFile) {
  mkdirSync(dirname(resolve(outputFile)), { recursive: true });
  rmSync(outputFile, { force: true }); // a report from an earlier run is not this run's
}

const jest = spawn(
  process.execPath,
  [require.resolve('jest/bin/jest'), '--passWithNoTests', ...args],
  { stdio: 'inherit' },
);
const watchdog = outputFile && setInterval(() => stopIfItLingers(readReport(outputFile)), 500);
let exitCodeIfStopped;

jest.on('exit', (code) => {
  clearInterval(watchdog);
  process.exitCode = exitCodeIfStopped ?? code ?? 1;
  process.exit();
});

function stopIfItLingers(report) {
  if (!report) return;
  clearInterval(watchdog);
  setTimeout(() => {
    console.error(
      `[jest] Jest did not exit ${EXIT_GRACE_MS / 1000} s after writing ${outputFile}: a test ` +
        'left a server, client or timer open (find it with --detectOpenHandles). Stopped it.',
    );
    exitCodeIfStopped = report.success ? 0 : 1;
    jest.kill('SIGKILL');
  }, EXIT_GRACE_MS);
}

function readReport(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null; // not written yet, or being written
  }
}
