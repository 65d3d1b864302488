import { clockConfig, SystemClock } from './clock';
import { loadConfig } from './load-config';

describe('the clock', () => {
  it('reads the wall clock when no offset is set', () => {
    const before = Date.now();
    const now = new SystemClock().now().getTime();
    expect(now).toBeGreaterThanOrEqual(before);
    expect(now).toBeLessThanOrEqual(Date.now());
  });

  it('runs ahead by CLOCK_OFFSET_MS, so a demo can reach the next infusion cycle at once', () => {
    const fourWeeks = 28 * 24 * 60 * 60 * 1000;
    const { clock } = loadConfig([clockConfig], { CLOCK_OFFSET_MS: String(fourWeeks) });
    const ahead = new SystemClock(clock.CLOCK_OFFSET_MS).now().getTime() - Date.now();
    expect(ahead).toBeGreaterThan(fourWeeks - 1000);
    expect(ahead).toBeLessThanOrEqual(fourWeeks);
  });

  it('refuses an offset that is not a whole number of milliseconds', () => {
    expect(() => loadConfig([clockConfig], { CLOCK_OFFSET_MS: 'tomorrow' })).toThrow(
      /CLOCK_OFFSET_MS/,
    );
  });
});
