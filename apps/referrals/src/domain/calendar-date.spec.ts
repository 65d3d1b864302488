import { daysBetween, isCalendarDate, todayIn } from './calendar-date';
import { isIcd10Form } from './icd10-code';

describe('calendar dates', () => {
  it.each([
    ['2026-11-12', true],
    ['2024-02-29', true],
    ['2026-02-29', false],
    ['2026-13-01', false],
    ['2026-1-01', false],
    ['12/11/2026', false],
  ])('%s is a calendar date: %s', (value, expected) => {
    expect(isCalendarDate(value)).toBe(expected);
  });

  it('counts days across a month end', () => {
    expect(daysBetween('2026-10-27', '2026-11-26')).toBe(30);
  });

  it('reads today in the pharmacy time zone, not UTC', () => {
    expect(todayIn('America/New_York', new Date('2026-11-26T03:00:00Z'))).toBe('2026-11-25');
  });
});

describe('ICD-10-CM form', () => {
  it.each([
    ['D83.9', true],
    ['G61.81', true],
    ['D80', true],
    ['C4A.0', true],
    ['D83.', false],
    ['d83.9', false],
    ['83.9', false],
    ['D83.91234', false],
  ])('%s is %s', (code, expected) => {
    expect(isIcd10Form(code)).toBe(expected);
  });
});
