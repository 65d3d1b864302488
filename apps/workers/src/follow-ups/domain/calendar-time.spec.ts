import { startOfDayIn } from './calendar-time';

describe('startOfDayIn', () => {
  it.each([
    ['UTC', '2026-12-07', '2026-12-07T00:00:00.000Z'],
    ['America/New_York in winter', '2026-12-07', '2026-12-07T05:00:00.000Z'],
    ['America/New_York in summer', '2026-07-07', '2026-07-07T04:00:00.000Z'],
    ['America/New_York on the day clocks go forward', '2026-03-08', '2026-03-08T05:00:00.000Z'],
    ['Asia/Kolkata (a half-hour offset)', '2026-12-07', '2026-12-06T18:30:00.000Z'],
  ])('finds midnight in %s', (zone, date, expected) => {
    const timeZone = zone.split(' ')[0] ?? zone;
    expect(startOfDayIn(timeZone, date).toISOString()).toBe(expected);
  });
});
