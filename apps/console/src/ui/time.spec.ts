import {
  formatDate,
  formatDateTime,
  formatTime,
  PHARMACY_TIME_ZONE,
  todayInPharmacy,
} from './time';

// The zone is Vite's build setting (import.meta, which CommonJS cannot load): the default stands in.
jest.mock('./pharmacy-time-zone', () => ({ PHARMACY_TIME_ZONE: 'America/New_York' }));

// Intl puts a narrow no-break space before AM/PM; the user sees a space.
const spaced = (text: string) => text.replace(/\s/g, ' ');

describe('time in the pharmacy’s zone', () => {
  it('is the zone the build set', () => {
    expect(PHARMACY_TIME_ZONE).toBe('America/New_York');
  });

  it('shows an instant on the pharmacy’s clock, winter and summer', () => {
    expect(spaced(formatDateTime('2026-12-01T14:30:00Z'))).toBe('Dec 1, 2026, 9:30 AM');
    expect(spaced(formatDateTime('2026-07-01T13:30:00Z'))).toBe('Jul 1, 2026, 9:30 AM');
    expect(spaced(formatTime('2026-12-01T14:30:00Z'))).toBe('9:30 AM');
  });

  it('shows the pharmacy’s date for an evening instant that is already tomorrow in UTC', () => {
    expect(spaced(formatDateTime('2026-12-02T03:00:00Z'))).toBe('Dec 1, 2026, 10:00 PM');
  });

  it('never moves a calendar date to the day before, though the pharmacy is behind UTC', () => {
    expect(formatDate('2026-12-29')).toBe('Dec 29, 2026');
    expect(formatDate('2026-12-29T23:30:00Z')).toBe('Dec 29, 2026');
  });

  it('shows a dash for a time or date not given', () => {
    expect(formatDateTime(null)).toBe('—');
    expect(formatTime(undefined)).toBe('—');
    expect(formatDate('')).toBe('—');
  });

  it('turns the day at the pharmacy’s midnight, not UTC’s', () => {
    expect(todayInPharmacy(new Date('2026-12-02T03:00:00Z'))).toBe('2026-12-01');
    expect(todayInPharmacy(new Date('2026-12-02T05:00:00Z'))).toBe('2026-12-02');
  });
});
