// The browser the console's tests and screenshots drive: Debian's `chromium` package at
// /usr/bin/chromium (Playwright's own browser download cannot reach its host here). The test
// command installs it when it is missing and it runs as root; otherwise the console's tests fail
// with the message of apps/console-e2e saying how to install it.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Returns the executable's path once it exists, installing the package with apt-get as root if
 * needed; returns null (having logged why) when it is missing and cannot be installed.
 */
export function ensureChromium({ log = console.log } = {}) {
  if (existsSync(CHROMIUM)) return CHROMIUM;
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) {
    log(
      `${CHROMIUM} is missing and this is not root: install it (apt-get install -y chromium) ` +
        'or the console tests will fail',
    );
    return null;
  }
  const started = Date.now();
  log(`${CHROMIUM} is missing: apt-get install -y chromium (about a minute)`);
  for (const args of [['update'], ['install', '-y', 'chromium']]) {
    const result = spawnSync('apt-get', args, {
      encoding: 'utf8',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (result.status !== 0) {
      const output = `${result.stdout ?? ''}${result.stderr ?? ''}${result.error?.message ?? ''}`;
      log(
        `apt-get ${args.join(' ')} failed (exit ${result.status}); the console tests will fail:\n` +
          output.split('\n').slice(-15).join('\n'),
      );
      return null;
    }
  }
  if (!existsSync(CHROMIUM)) {
    log(`apt-get installed chromium but ${CHROMIUM} is still missing; the console tests will fail`);
    return null;
  }
  log(`chromium installed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return CHROMIUM;
}
