import { halfJitterGenerator } from 'cockatiel';

export interface RescheduleSettings {
  rescheduleBaseMs: number;
  rescheduleMaxMs: number;
}

/**
 * How long a call that found its receiver unavailable waits before its next dispatch: exponential
 * in the dispatches so far, with jitter so calls that failed together do not return together,
 * and never sooner than the receiver asked (Retry-After).
 */
export function rescheduleDelayMs(
  attempts: number,
  settings: RescheduleSettings,
  retryAfterMs = 0,
): number {
  // cockatiel's generator is a pure function of the attempt number, so the backoff survives
  // restarts: the attempt number is in the row.
  const [delay] = halfJitterGenerator(Math.max(0, attempts - 1), {
    generator: halfJitterGenerator,
    initialDelay: settings.rescheduleBaseMs,
    maxDelay: settings.rescheduleMaxMs,
    exponent: 2,
  });
  return Math.min(settings.rescheduleMaxMs, Math.max(delay, retryAfterMs));
}
