import { catchClinicalError } from './clinical-error.testing';
import { daysBetween } from './iso-date';
import { doseCalendar, doseDue, liveVaccineEarliestDate, nextDoseDate } from './next-dose';

describe('next dose dates', () => {
  it.each([
    ['2026-12-07', 28, '2027-01-04', 'PI q4 wk [PRV1]'],
    ['2026-12-07', 21, '2026-12-28', 'PI q3 wk / CIDP maintenance q21 d [PRV1]'],
    ['2028-02-08', 21, '2028-02-29', 'across a leap day'],
    ['2026-12-28', 7, '2027-01-04', 'weekly SCIG [HIZ1]'],
  ])('after %s every %i days the next dose is %s (%s)', (last, interval, expected) => {
    expect(nextDoseDate(last, interval)).toBe(expected);
    expect(daysBetween(last, expected)).toBe(interval);
  });

  it('gives a missed PI dose as soon as possible and resumes the schedule from it [PRV6]', () => {
    expect(doseDue('2026-11-09', 28, '2026-12-10')).toEqual({
      dueDate: '2026-12-07',
      overdue: true,
      daysOverdue: 3,
      giveOn: '2026-12-10',
      followingDoseDate: '2027-01-07',
    });
  });

  it('keeps the due date when the dose is not yet missed', () => {
    expect(doseDue('2026-11-09', 28, '2026-12-01')).toMatchObject({
      dueDate: '2026-12-07',
      overdue: false,
      daysOverdue: 0,
      giveOn: '2026-12-07',
      followingDoseDate: '2027-01-04',
    });
  });

  it('lays out CIDP maintenance cycles of 2 days every 21 days [PRV1]', () => {
    expect(doseCalendar('2026-12-30', 21, 2, 3)).toEqual([
      { cycle: 1, infusionDates: ['2026-12-30', '2026-12-31'] },
      { cycle: 2, infusionDates: ['2027-01-20', '2027-01-21'] },
      { cycle: 3, infusionDates: ['2027-02-10', '2027-02-11'] },
    ]);
  });

  it.each([
    [0, 'CLINICAL.INVALID_INTERVAL'],
    [-21, 'CLINICAL.INVALID_INTERVAL'],
    [21.5, 'CLINICAL.INVALID_INTERVAL'],
  ])('rejects an interval of %d days', (interval, code) => {
    expect(catchClinicalError(() => nextDoseDate('2026-12-07', interval)).code).toBe(code);
  });

  it.each([
    [0, 1],
    [3, 0],
    [22, 1],
  ])('rejects a calendar of %i infusion days × %i cycles', (infusionDays, cycles) => {
    expect(
      catchClinicalError(() => doseCalendar('2026-12-07', 21, infusionDays, cycles)).code,
    ).toBe('CLINICAL.INVALID_INPUT');
  });

  it('waits 3 months after IG before a live vaccine [OCT-MIMS]', () => {
    expect(liveVaccineEarliestDate('2026-11-30')).toBe('2027-02-28');
  });
});
