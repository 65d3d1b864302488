import { ClinicalError } from './clinical-error';

/** A calendar date 'YYYY-MM-DD' with no time zone. */
export type IsoDate = string;

/** A wall-clock date and time 'YYYY-MM-DDTHH:mm' with no time zone. */
export type IsoLocalDateTime = string;

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME_PATTERN = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$/;
const MINUTES_PER_DAY = 24 * 60;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  const lengths = [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return lengths[month - 1] ?? 0;
}

interface CivilDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

function civilDateOf(value: string): CivilDate | undefined {
  const match = DATE_PATTERN.exec(value);
  const year = Number(match?.[1]);
  const month = Number(match?.[2]);
  const day = Number(match?.[3]);
  if (!match || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
    return undefined;
  return { year, month, day };
}

function parseCivil(value: IsoDate): CivilDate {
  const civil = civilDateOf(value);
  if (!civil) {
    throw new ClinicalError('CLINICAL.INVALID_DATE', `'${value}' is not a valid YYYY-MM-DD date`, {
      value,
    });
  }
  return civil;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

function formatCivil({ year, month, day }: CivilDate): IsoDate {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

// Days-from-civil (proleptic Gregorian), so no Date object or time zone is involved.
function toEpochDay({ year, month, day }: CivilDate): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

function fromEpochDay(epochDay: number): CivilDate {
  const z = epochDay + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36524) -
      Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day };
}

function requireWholeNumber(value: number, what: string): void {
  if (!Number.isInteger(value)) {
    throw new ClinicalError(
      'CLINICAL.INVALID_INPUT',
      `${what} must be a whole number, got ${value}`,
    );
  }
}

/** Whether `value` is a real calendar date 'YYYY-MM-DD' (2024-02-29 is, 2026-02-29 is not). */
export function isIsoDate(value: string): boolean {
  return civilDateOf(value) !== undefined;
}

// Building a DateTimeFormat is costly (it loads locale and zone data); one per zone is enough.
const dayFormatters = new Map<string, Intl.DateTimeFormat>();

/** The calendar date of the instant `now` in an IANA time zone, e.g. the pharmacy's today. */
export function todayIn(timeZone: string, now: Date): IsoDate {
  let formatter = dayFormatters.get(timeZone);
  if (!formatter) {
    // en-CA formats as YYYY-MM-DD.
    formatter = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    dayFormatters.set(timeZone, formatter);
  }
  return formatter.format(now);
}

/** Throws `CLINICAL.INVALID_DATE` unless `value` is a real calendar date 'YYYY-MM-DD'. */
export function assertIsoDate(value: IsoDate): IsoDate {
  parseCivil(value);
  return value;
}

/** The date `days` calendar days after `date` (negative goes back). */
export function addDays(date: IsoDate, days: number): IsoDate {
  requireWholeNumber(days, 'days');
  return formatCivil(fromEpochDay(toEpochDay(parseCivil(date)) + days));
}

/**
 * The date `months` calendar months after `date`. A day that does not exist in the target month
 * falls back to that month's last day (31 Jan + 1 month = 28/29 Feb), so an expiry never moves
 * later than the calendar allows.
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  requireWholeNumber(months, 'months');
  const { year, month, day } = parseCivil(date);
  const monthIndex = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = (monthIndex % 12) + 1;
  const targetDay = Math.min(day, daysInMonth(targetYear, targetMonth));
  return formatCivil({ year: targetYear, month: targetMonth, day: targetDay });
}

/** Calendar days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toEpochDay(parseCivil(to)) - toEpochDay(parseCivil(from));
}

/** The earlier of two dates. */
export function earlierDate(a: IsoDate, b: IsoDate): IsoDate {
  return daysBetween(a, b) < 0 ? b : a;
}

/** Completed years of age on `onDate` for someone born on `dateOfBirth`. */
export function ageInYears(dateOfBirth: IsoDate, onDate: IsoDate): number {
  const birth = parseCivil(dateOfBirth);
  const on = parseCivil(onDate);
  if (daysBetween(dateOfBirth, onDate) < 0) {
    throw new ClinicalError('CLINICAL.INVALID_DATE', 'date of birth is after the date of the age', {
      dateOfBirth,
      onDate,
    });
  }
  const hadBirthday = on.month > birth.month || (on.month === birth.month && on.day >= birth.day);
  return on.year - birth.year - (hadBirthday ? 0 : 1);
}

function parseDateTime(value: IsoLocalDateTime): { epochDay: number; minuteOfDay: number } {
  const match = DATE_TIME_PATTERN.exec(value);
  const hours = Number(match?.[2]);
  const minutes = Number(match?.[3]);
  if (!match?.[1] || hours > 23 || minutes > 59) {
    throw new ClinicalError(
      'CLINICAL.INVALID_DATE',
      `'${value}' is not a valid YYYY-MM-DDTHH:mm time`,
      {
        value,
      },
    );
  }
  return { epochDay: toEpochDay(parseCivil(match[1])), minuteOfDay: hours * 60 + minutes };
}

/** The wall-clock time `minutes` after `dateTime` ('YYYY-MM-DDTHH:mm', no time zone). */
export function addMinutes(dateTime: IsoLocalDateTime, minutes: number): IsoLocalDateTime {
  requireWholeNumber(minutes, 'minutes');
  const { epochDay, minuteOfDay } = parseDateTime(dateTime);
  const total = epochDay * MINUTES_PER_DAY + minuteOfDay + minutes;
  const day = Math.floor(total / MINUTES_PER_DAY);
  const minuteOfNewDay = total - day * MINUTES_PER_DAY;
  const time = `${pad(Math.floor(minuteOfNewDay / 60), 2)}:${pad(minuteOfNewDay % 60, 2)}`;
  return `${formatCivil(fromEpochDay(day))}T${time}`;
}

/** Minutes from `from` to `to` (positive when `to` is later). */
export function minutesBetween(from: IsoLocalDateTime, to: IsoLocalDateTime): number {
  const a = parseDateTime(from);
  const b = parseDateTime(to);
  return (b.epochDay - a.epochDay) * MINUTES_PER_DAY + (b.minuteOfDay - a.minuteOfDay);
}
