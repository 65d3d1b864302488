import { rescheduleDelayMs } from './reschedule-delay';

const settings = { rescheduleBaseMs: 10_000, rescheduleMaxMs: 30 * 60_000 };

describe('rescheduleDelayMs', () => {
  it('doubles with each dispatch, jittered within the upper half', () => {
    for (const [attempts, ceiling] of [
      [1, 10_000],
      [2, 20_000],
      [3, 40_000],
      [6, 320_000],
    ] as const) {
      const delay = rescheduleDelayMs(attempts, settings);
      expect(delay).toBeGreaterThanOrEqual(ceiling / 2);
      expect(delay).toBeLessThan(ceiling);
    }
  });

  it('never waits longer than the maximum, nor less than the receiver asked', () => {
    expect(rescheduleDelayMs(40, settings)).toBeLessThanOrEqual(settings.rescheduleMaxMs);
    expect(rescheduleDelayMs(1, settings, 60_000)).toBe(60_000);
    expect(rescheduleDelayMs(1, settings, 24 * 3_600_000)).toBe(settings.rescheduleMaxMs);
  });
});
