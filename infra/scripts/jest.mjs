// Runs Jest with the arguments it is given (the Nx targets test and test-unit, see
// infra/nx/jest-targets.js). It creates the folder of --outputFile first, which Jest does not,
// and lets a project without tests yet pass.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';

const require = createRequire(import.meta.url);
const args = process.argv.slice(2);

const outputFile = args.find((arg) => arg.startsWith('--outputFile='))?.split('=')[1];
if (outputFile) mkdirSync(dirname(resolve(outputFile)), { recursive: true });

const jest = spawnSync(
  process.execPath,
  [require.resolve('jest/bin/jest'), '--passWithNoTests', ...args],
  { stdio: 'inherit' },
);
process.exitCode = jest.status ?? 1;
