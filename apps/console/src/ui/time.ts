import { PHARMACY_TIME_ZONE } from './pharmacy-time-zone';

export { PHARMACY_TIME_ZONE };

const dateTime = new Intl.DateTimeFormat('en-US', {
  timeZone: PHARMACY_TIME_ZONE,
  dateStyle: 'medium',
  timeStyle: 'short',
});
const timeOnly = new Intl.DateTimeFormat('en-US', {
  timeZone: PHARMACY_TIME_ZONE,
  timeStyle: 'short',
});
// A calendar date (YYYY-MM-DD) names a day, not an instant: formatted in UTC so no zone moves it.
const calendarDate = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', dateStyle: 'medium' });

/** An instant, e.g. `Dec 1, 2026, 9:30 AM`. */
export function formatDateTime(iso: string | null | undefined): string {
  return iso ? dateTime.format(new Date(iso)) : '—';
}

/** An instant's time of day, e.g. `9:30 AM`. */
export function formatTime(iso: string | null | undefined): string {
  return iso ? timeOnly.format(new Date(iso)) : '—';
}

/** A calendar date, e.g. `Dec 29, 2026`. */
export function formatDate(date: string | null | undefined): string {
  return date ? calendarDate.format(new Date(`${date.slice(0, 10)}T00:00:00Z`)) : '—';
}

/** Today's date in the pharmacy's time zone, as YYYY-MM-DD. */
export function todayInPharmacy(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: PHARMACY_TIME_ZONE }).format(now);
}
