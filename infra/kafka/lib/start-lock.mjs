// One start at a time across processes (e.g. parallel test targets).
import fs from 'node:fs';
import { isAlive } from './broker-process.mjs';
import { PATHS, POLL_MS, READY_TIMEOUT_MS, readFileOr, sleep } from './paths.mjs';

/**
 * Serialise starts across processes with an exclusive lock file holding the owner's pid.
 * A lock whose owner died is taken over.
 */
export async function withStartLock(log, fn) {
  const deadline = Date.now() + READY_TIMEOUT_MS + 60_000; // a cold start may include Maven
  let waiting = false;
  for (;;) {
    try {
      fs.writeFileSync(PATHS.startLock, `${process.pid}\n`, { flag: 'wx' });
      break;
    } catch (err) {
      if (err.code !== 'EEXIST') throw err;
      const owner = Number.parseInt(readFileOr(PATHS.startLock, ''), 10);
      if (!owner || !isAlive(owner)) {
        fs.rmSync(PATHS.startLock, { force: true });
        continue;
      }
      if (Date.now() > deadline)
        throw new Error(`Timed out waiting for another start (pid ${owner})`);
      if (!waiting) log(`Another start (pid ${owner}) is in progress; waiting for it...`);
      waiting = true;
      await sleep(POLL_MS);
    }
  }
  try {
    return await fn();
  } finally {
    fs.rmSync(PATHS.startLock, { force: true });
  }
}
