import { ClinicalError, requirePositive } from './clinical-error';
import { addDays, addMonths, daysBetween, type IsoDate } from './iso-date';

/** Live vaccines wait 3 months after immune globulin (measles up to 1 year) [OCT-MIMS]. */
export const LIVE_VACCINE_WAIT_MONTHS = 3;

function requireInterval(intervalDays: number): number {
  requirePositive(intervalDays, 'CLINICAL.INVALID_INTERVAL', 'intervalDays');
  if (!Number.isInteger(intervalDays)) {
    throw new ClinicalError(
      'CLINICAL.INVALID_INTERVAL',
      `intervalDays must be whole days, got ${intervalDays}`,
    );
  }
  return intervalDays;
}

/** The date of the next dose: the last dose (first day of the last cycle) plus the interval. */
export function nextDoseDate(lastDoseDate: IsoDate, intervalDays: number): IsoDate {
  return addDays(lastDoseDate, requireInterval(intervalDays));
}

/** When the next dose is due, and what to do if it was missed. */
export interface DoseDue {
  readonly dueDate: IsoDate;
  readonly overdue: boolean;
  readonly daysOverdue: number;
  /** The due date, or `asOf` when the dose was missed (give as soon as possible [PRV6]). */
  readonly giveOn: IsoDate;
  /** The schedule resumes from the dose actually given [PRV6]. */
  readonly followingDoseDate: IsoDate;
}

/**
 * The next dose as of a date: due on last + interval; a missed PI dose is given as soon as possible
 * and the q3–4 wk schedule resumes from it [PRV6]. `asOf` is the caller's today (no clock here).
 */
export function doseDue(lastDoseDate: IsoDate, intervalDays: number, asOf: IsoDate): DoseDue {
  const dueDate = nextDoseDate(lastDoseDate, intervalDays);
  const daysOverdue = Math.max(0, daysBetween(dueDate, asOf));
  const giveOn = daysOverdue > 0 ? asOf : dueDate;
  return {
    dueDate,
    overdue: daysOverdue > 0,
    daysOverdue,
    giveOn,
    followingDoseDate: addDays(giveOn, intervalDays),
  };
}

/** One cycle of a dosing calendar. */
export interface DoseCycle {
  readonly cycle: number;
  readonly infusionDates: readonly IsoDate[];
}

/** The dosing calendar: `cycles` cycles of `infusionDays` consecutive days, every `intervalDays`. */
export function doseCalendar(
  startDate: IsoDate,
  intervalDays: number,
  infusionDays: number,
  cycles: number,
): DoseCycle[] {
  requireInterval(intervalDays);
  if (
    !Number.isInteger(infusionDays) ||
    infusionDays < 1 ||
    infusionDays > intervalDays ||
    !Number.isInteger(cycles) ||
    cycles < 1
  ) {
    throw new ClinicalError(
      'CLINICAL.INVALID_INPUT',
      'infusionDays must be 1..intervalDays and cycles 1 or more',
      { infusionDays, cycles },
    );
  }
  return Array.from({ length: cycles }, (_, index) => {
    const cycleStart = addDays(startDate, index * intervalDays);
    return {
      cycle: index + 1,
      infusionDates: Array.from({ length: infusionDays }, (__, day) => addDays(cycleStart, day)),
    };
  });
}

/** Earliest date for a live vaccine after the last immune globulin dose [OCT-MIMS]. */
export function liveVaccineEarliestDate(lastImmuneGlobulinDate: IsoDate): IsoDate {
  return addMonths(lastImmuneGlobulinDate, LIVE_VACCINE_WAIT_MONTHS);
}
