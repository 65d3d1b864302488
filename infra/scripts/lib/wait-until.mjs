import { setTimeout as sleep } from 'node:timers/promises';

/** Retries `probe` until it resolves or the deadline passes; returns the last error otherwise. */
export async function waitUntil(
  probe,
  { timeoutMs = 30_000, intervalMs = 250, what = 'service' } = {},
) {
  const deadline = Date.now() + timeoutMs;
  let lastError;
  while (Date.now() < deadline) {
    try {
      return await probe();
    } catch (error) {
      lastError = error;
      await sleep(intervalMs);
    }
  }
  throw new Error(`${what} not ready after ${timeoutMs} ms: ${lastError?.message ?? 'no answer'}`);
}
