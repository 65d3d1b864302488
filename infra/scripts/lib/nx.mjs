import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { ROOT } from './build.mjs';

const require = createRequire(import.meta.url);

// Offline, no daemon, plain output: the same behaviour on a laptop and in CI.
const NX_ENV = {
  NX_DAEMON: 'false',
  NX_NO_CLOUD: 'true',
  NX_TUI: 'false',
  NX_SKIP_NX_CACHE: 'false',
};

/** Runs `nx <args>` and returns whether it succeeded. */
export function runNx(args, env = process.env) {
  const result = spawnSync(process.execPath, [require.resolve('nx/bin/nx'), ...args], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...env, ...NX_ENV },
  });
  return result.status === 0;
}

/** Names of the Nx projects that have a given target. */
export function projectsWithTarget(target) {
  const result = spawnSync(
    process.execPath,
    [require.resolve('nx/bin/nx'), 'show', 'projects', '--with-target', target, '--json'],
    {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, ...NX_ENV },
    },
  );
  if (result.status !== 0) throw new Error(`nx show projects failed: ${result.stderr}`);
  return JSON.parse(result.stdout);
}
