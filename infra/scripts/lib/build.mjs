import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
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

/** Loads a compiled workspace library, e.g. `requireBuilt('@infuse/auth')`. */
export function requireBuilt(name) {
  require(`${ROOT}infra/runtime/register-paths.js`);
  return require(name);
}
