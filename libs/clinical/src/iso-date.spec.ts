import { catchClinicalError } from './clinical-error.testing';
import {
  addDays,
  addMinutes,
  addMonths,
  ageInYears,
  assertIsoDate,
  daysBetween,
  earlierDate,
  isIsoDate,
  minutesBetween,
  todayIn,
} from './iso-date';

describe('iso-date', () => {
  it.each([
    ['2026-01-10', 21, '2026-01-31'],
    ['2026-01-31', 1, '2026-02-01'],
    ['2026-12-07', 28, '2027-01-04'],
    ['2028-02-28', 1, '2028-02-29'], // leap year
    ['2100-02-28', 1, '2100-03-01'], // century, not leap
    ['2000-02-28', 1, '2000-02-29'], // 400-year leap
    ['2026-03-01', -1, '2026-02-28'],
    ['1969-12-31', 1, '1970-01-01'],
  ])('addDays(%s, %i) is %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });

  it.each([
    ['2026-01-31', 1, '2026-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2026-05-15', 24, '2028-05-15'],
    ['2026-11-30', 3, '2027-02-28'],
    ['2026-03-31', -1, '2026-02-28'],
  ])('addMonths(%s, %i) is %s (day clamped to the month end)', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });

  it.each([
    ['2026-01-01', '2026-12-31', 364],
    ['2028-01-01', '2028-12-31', 365],
    ['2026-03-10', '2026-03-01', -9],
  ])('daysBetween(%s, %s) is %i', (from, to, expected) => {
    expect(daysBetween(from, to)).toBe(expected);
  });

  it('round-trips every day of four years through addDays and daysBetween', () => {
    for (let offset = 0; offset < 4 * 366; offset += 1) {
      expect(daysBetween('2024-01-01', addDays('2024-01-01', offset))).toBe(offset);
    }
  });

  it.each([
    ['1979-03-14', '2026-12-07', 47],
    ['1979-12-08', '2026-12-07', 46],
    ['1979-12-07', '2026-12-07', 47],
    ['2024-02-29', '2025-02-28', 0],
  ])('ageInYears(%s on %s) is %i', (born, on, expected) => {
    expect(ageInYears(born, on)).toBe(expected);
  });

  it('rejects a birth date after the date of the age', () => {
    expect(catchClinicalError(() => ageInYears('2027-01-01', '2026-01-01')).code).toBe(
      'CLINICAL.INVALID_DATE',
    );
  });

  it.each(['2026-02-30', '2026-13-01', '26-01-01', '2026-1-1', '', '2027-02-29'])(
    'rejects %p as a date with CLINICAL.INVALID_DATE',
    (value) => {
      expect(catchClinicalError(() => assertIsoDate(value)).code).toBe('CLINICAL.INVALID_DATE');
    },
  );

  it('accepts a real date', () => {
    expect(assertIsoDate('2028-02-29')).toBe('2028-02-29');
  });

  it('rejects fractional days and months', () => {
    expect(catchClinicalError(() => addDays('2026-01-01', 1.5)).code).toBe(
      'CLINICAL.INVALID_INPUT',
    );
    expect(catchClinicalError(() => addMonths('2026-01-01', 0.5)).code).toBe(
      'CLINICAL.INVALID_INPUT',
    );
  });

  it('picks the earlier of two dates', () => {
    expect(earlierDate('2026-05-01', '2026-04-30')).toBe('2026-04-30');
    expect(earlierDate('2026-04-30', '2026-05-01')).toBe('2026-04-30');
  });

  it.each([
    ['2026-03-01T09:30', 480, '2026-03-01T17:30'],
    ['2026-03-01T20:00', 480, '2026-03-02T04:00'],
    ['2026-12-31T23:59', 1, '2027-01-01T00:00'],
    ['2026-03-01T00:10', -20, '2026-02-28T23:50'],
  ])('addMinutes(%s, %i) is %s', (start, minutes, expected) => {
    expect(addMinutes(start, minutes)).toBe(expected);
    expect(minutesBetween(start, expected)).toBe(minutes);
  });

  it.each(['2026-03-01 09:30', '2026-03-01T24:00', '2026-03-01T09:60', '2026-02-30T09:00'])(
    'rejects %p as a date-time',
    (value) => {
      expect(catchClinicalError(() => addMinutes(value, 1)).code).toBe('CLINICAL.INVALID_DATE');
    },
  );

  it.each([
    ['2026-11-12', true],
    ['2024-02-29', true],
    ['2026-02-29', false],
    ['2026-13-01', false],
    ['2026-1-01', false],
    ['12/11/2026', false],
  ])('%s is a calendar date: %s', (value, expected) => {
    expect(isIsoDate(value)).toBe(expected);
  });

  it('reads today in a time zone, not in UTC', () => {
    expect(todayIn('America/New_York', new Date('2026-11-26T03:00:00Z'))).toBe('2026-11-25');
  });
});
