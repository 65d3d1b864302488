import { isBrokenCircuitError, TaskCancelledError } from 'cockatiel';
import { errorNameOf } from './error-name';
import { ServiceTokenUnavailable } from './token-header';

/**
 * Why a call did not get a final answer. Only an HTTP status and an error name are kept: what a
 * receiver says in a failure may name the patient, so it goes to the handler, never to a log.
 */
export interface CallFailure {
  reason:
    'status' | 'network' | 'timeout' | 'circuit-open' | 'token' | 'unknown-target' | 'aborted';
  status?: number;
  /** The receiver asked to wait this long (Retry-After). */
  retryAfterMs?: number;
}

/**
 * Worth trying again: the receiver may be briefly overloaded or down (408, 429, 5xx). Any other
 * status is its final answer, and a 4xx is the caller's mistake to record, not to repeat.
 */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || status >= 500;
}

/** The receiver gave no answer, or none in time: counts against its circuit. */
export function isUnreachable(error: unknown): boolean {
  return isNetworkError(error) || isTimeout(error);
}

/** A failure of the try itself, retried: the receiver unreachable, or no token to send it. */
export function isTransientError(error: unknown): boolean {
  return isUnreachable(error) || error instanceof ServiceTokenUnavailable;
}

export function failureOf(error: unknown, aborted: boolean): CallFailure {
  if (aborted) return { reason: 'aborted' };
  if (isBrokenCircuitError(error)) return { reason: 'circuit-open' };
  if (isTimeout(error)) return { reason: 'timeout' };
  if (error instanceof ServiceTokenUnavailable) return { reason: 'token' };
  if (isNetworkError(error)) return { reason: 'network' };
  throw error;
}

export function describeFailure(failure: CallFailure): string {
  return failure.status ? `${failure.reason} ${failure.status}` : failure.reason;
}

/** Retry-After in seconds or as an HTTP date (RFC 9110 section 10.2.3). */
export function retryAfterMs(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(header) - Date.now();
  return Number.isFinite(ms) && ms > 0 ? ms : undefined;
}

// Not cockatiel's isTaskCancelledError: in 3.2.1 it tests for the bulkhead's marker and is
// never true for a timeout.
function isTimeout(error: unknown): boolean {
  return error instanceof TaskCancelledError;
}

// Node's fetch rejects with a TypeError: "fetch failed" when no answer comes (refused, reset,
// DNS), "terminated" when the connection drops while the body is read. Other errors thrown from
// the try (an invalid URL or header) are bugs and are not retried. Matched by name, not by
// instanceof: fetch's errors come from Node's own realm, which is not the caller's under Jest.
const NETWORK_FAILURES = new Set(['fetch failed', 'terminated']);

function isNetworkError(error: unknown): boolean {
  const message = (error as { message?: unknown } | null)?.message;
  return (
    errorNameOf(error) === 'TypeError' &&
    typeof message === 'string' &&
    NETWORK_FAILURES.has(message)
  );
}
