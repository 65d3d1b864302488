import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const require = createRequire(import.meta.url);

/** Compiles apps and libraries into dist/ (incremental, silent when nothing is wrong). */
export function buildWorkspace() {
  const result = spawnSync(
    process.execPath,
    [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json'],
    {
      cwd: ROOT,
      encoding: 'utf8',
    },
  );
  if (result.status !== 0) throw new Error(`build failed:\n${result.stdout}${result.stderr}`);
}

/**
 * Builds the console's static files into dist/apps/console, which the gateway serves (Vite;
 * about two seconds). Only the commands that serve it call this: `npm start` and `npm test`.
 */
export function buildConsole() {
  const result = spawnSync(
    process.execPath,
    [
      join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'),
      'build',
      '--config',
      'apps/console/vite.config.mts',
      '--logLevel',
      'warn',
    ],
    { cwd: ROOT, encoding: 'utf8' },
  );
  if (result.status !== 0)
    throw new Error(`console build failed:\n${result.stdout}${result.stderr}`);
}

/** Loads a compiled workspace library, e.g. `requireBuilt('@infuse/auth')`. */
export function requireBuilt(name) {
  require(`${ROOT}infra/runtime/register-paths.js`);
  return require(name);
}
