import { loadConfig } from '@infuse/config';
import { AssistanceCalendar } from './assistance-calendar';
import { assistanceSettingsConfig } from './assistance-settings.config';

const calendarIn = (timeZone: string, now = '2026-11-21T15:00:00Z') =>
  new AssistanceCalendar(
    { now: () => new Date(now) },
    loadConfig([assistanceSettingsConfig], { NODE_ENV: 'test', ASSISTANCE_TIME_ZONE: timeZone })
      .assistance,
  );

describe("the assistance case's calendar", () => {
  it.each([
    ['America/New_York', '2026-12-01', '2026-12-01T05:00:00.000Z'],
    ['America/New_York', '2027-07-01', '2027-07-01T04:00:00.000Z'],
    ['Pacific/Honolulu', '2027-07-01', '2027-07-01T10:00:00.000Z'],
    ['UTC', '2027-07-01', '2027-07-01T00:00:00.000Z'],
  ])('starts a day in %s at its midnight: %s at %s', (timeZone, day, instant) => {
    expect(calendarIn(timeZone).startOf(day).toISOString()).toBe(instant);
  });

  it('makes re-enrolment due 30 days before the last day of an enrolment by default', () => {
    expect(calendarIn('UTC').reEnrolmentDueOn('2027-11-20')).toBe('2027-10-21');
  });

  it("dates today in the pharmacy's time zone", () => {
    expect(calendarIn('America/New_York', '2026-11-22T03:00:00Z').today()).toBe('2026-11-21');
  });
});
