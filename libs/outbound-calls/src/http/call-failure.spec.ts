import { BrokenCircuitError, TaskCancelledError } from 'cockatiel';
import {
  failureOf,
  isRetryableStatus,
  isTransientError,
  isUnreachable,
  retryAfterMs,
} from './call-failure';
import { ServiceTokenUnavailable } from './token-header';

describe('call failures', () => {
  it.each([
    [408, true],
    [429, true],
    [500, true],
    [503, true],
    [400, false],
    [401, false],
    [404, false],
    [409, false],
    [422, false],
    [200, false],
  ])('treats status %i as retryable: %s', (status, retryable) => {
    expect(isRetryableStatus(status)).toBe(retryable);
  });

  it('retries a try that got no answer, no answer in time, or no token', () => {
    expect(isTransientError(new TypeError('fetch failed'))).toBe(true);
    expect(isTransientError(new TypeError('terminated'))).toBe(true);
    expect(isTransientError(new TaskCancelledError('Operation timed out after 10ms'))).toBe(true);
    expect(isTransientError(new ServiceTokenUnavailable(new Error('idp down')))).toBe(true);
  });

  it('holds only an unreachable receiver against its circuit, not a missing token', () => {
    expect(isUnreachable(new TypeError('fetch failed'))).toBe(true);
    expect(isUnreachable(new TaskCancelledError())).toBe(true);
    expect(isUnreachable(new ServiceTokenUnavailable(new Error('idp down')))).toBe(false);
  });

  it('does not retry a bug or an open circuit', () => {
    expect(isTransientError(new TypeError('Invalid URL'))).toBe(false);
    expect(isTransientError(new RangeError('fetch failed'))).toBe(false);
    expect(isTransientError(new BrokenCircuitError())).toBe(false);
  });

  it('names why a call did not get an answer, and rethrows what it cannot name', () => {
    expect(failureOf(new BrokenCircuitError(), false)).toEqual({ reason: 'circuit-open' });
    expect(failureOf(new TaskCancelledError(), false)).toEqual({ reason: 'timeout' });
    expect(failureOf(new TypeError('fetch failed'), false)).toEqual({ reason: 'network' });
    expect(failureOf(new TaskCancelledError(), true)).toEqual({ reason: 'aborted' });
    expect(() => failureOf(new Error('a bug'), false)).toThrow('a bug');
  });

  it('reads Retry-After in seconds or as a date', () => {
    expect(retryAfterMs('120')).toBe(120_000);
    expect(retryAfterMs(new Date(Date.now() + 60_000).toUTCString())).toBeGreaterThan(50_000);
    expect(retryAfterMs('0')).toBeUndefined();
    expect(retryAfterMs('soon')).toBeUndefined();
    expect(retryAfterMs(null)).toBeUndefined();
  });
});
