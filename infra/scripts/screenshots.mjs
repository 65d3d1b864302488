// npm run screenshots: each role's main screen with data in it, as docs/images/<role>.png for the
// README (coordinator, payer, pharmacist at a desk; the nurse on a phone). It brings up a stack
// of its own, as the console's browser tests do (the six services and the gateway as processes,
// in schemas and topics of the run), so the pictures show the same few patients every time and
// never a developer's data from `npm start`; apps/console-e2e/screenshots drives it.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { buildConsole, buildWorkspace, ROOT } from './lib/build.mjs';
import { ensureChromium } from './lib/chromium.mjs';
import { infrastructureUp, TEST_DATABASE_URL } from './lib/infrastructure.mjs';

const log = (message) => console.log(`[screenshots] ${message}`);
const require = createRequire(import.meta.url);

async function main() {
  const started = Date.now();
  await infrastructureUp({ log });
  if (!ensureChromium({ log })) throw new Error('no Chromium to take the screenshots with');
  log('building the apps and the console');
  buildWorkspace();
  buildConsole();
  const code = await new Promise((resolve) => {
    const jest = spawn(
      process.execPath,
      [
        require.resolve('jest/bin/jest'),
        '-c',
        join(ROOT, 'apps', 'console-e2e', 'screenshots', 'jest.config.js'),
        '--runInBand',
      ],
      { cwd: ROOT, stdio: 'inherit', env: { ...process.env, TEST_DATABASE_URL } },
    );
    jest.on('exit', (exitCode) => resolve(exitCode ?? 1));
  });
  if (code !== 0) throw new Error(`the screenshots' run failed (exit ${code}; see above)`);
  log(`docs/images/*.png written in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

main().catch((error) => {
  console.error(`[screenshots] ${error.message}`);
  process.exitCode = 1;
});
