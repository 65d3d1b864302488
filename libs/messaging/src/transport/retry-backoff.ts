const MAX_DELAY_MS = 10_000;
// Heartbeat well inside the consumer session timeout while waiting to retry.
const HEARTBEAT_EVERY_MS = 1_000;

/** Exponential backoff with jitter: between half and all of base × 2^(attempt - 1), capped. */
export function retryDelay(
  attempt: number,
  baseMs: number,
  random: () => number = Math.random,
): number {
  const ceiling = Math.min(MAX_DELAY_MS, baseMs * 2 ** (attempt - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

export async function sleepWithHeartbeat(
  milliseconds: number,
  heartbeat: () => Promise<void>,
): Promise<void> {
  let remaining = milliseconds;
  while (remaining > 0) {
    const step = Math.min(remaining, HEARTBEAT_EVERY_MS);
    await new Promise((resolve) => setTimeout(resolve, step));
    await heartbeat();
    remaining -= step;
  }
}
