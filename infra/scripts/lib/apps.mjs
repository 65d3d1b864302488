import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './build.mjs';

/** Every deployable in apps/: a folder with src/main.ts. */
export function discoverApps() {
  return readdirSync(join(ROOT, 'apps'), { withFileTypes: true })
    .filter(
      (entry) =>
        entry.isDirectory() && existsSync(join(ROOT, 'apps', entry.name, 'src', 'main.ts')),
    )
    .map((entry) => ({
      name: entry.name,
      main: join(ROOT, 'dist', 'apps', entry.name, 'src', 'main.js'),
    }));
}
