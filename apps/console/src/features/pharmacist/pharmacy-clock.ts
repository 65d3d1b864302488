import { PHARMACY_TIME_ZONE } from '../../ui/time';

const wallClock = new Intl.DateTimeFormat('en-CA', {
  timeZone: PHARMACY_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** The pharmacy's wall clock at an instant, as UTC milliseconds of the same digits. */
function wallClockMs(at: number): number {
  const parts = Object.fromEntries(
    wallClock.formatToParts(new Date(at)).map((part) => [part.type, Number(part.value)]),
  );
  return Date.UTC(
    parts['year'] ?? 0,
    (parts['month'] ?? 1) - 1,
    parts['day'] ?? 1,
    parts['hour'] ?? 0,
    parts['minute'] ?? 0,
    parts['second'] ?? 0,
  );
}

/** Now on the pharmacy's clock, as a datetime-local field holds it: `2026-12-01T09:30`. */
export function pharmacyNowLocal(now: number = Date.now()): string {
  return new Date(wallClockMs(now)).toISOString().slice(0, 16);
}

/**
 * A time read on the pharmacy's clock (`YYYY-MM-DDTHH:mm`, as a datetime-local field gives it,
 * whatever the device's zone) as an instant; null when it is not one.
 */
export function pharmacyLocalToInstant(local: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number);
  const asIfUtc = Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1, hour ?? 0, minute ?? 0);
  // The zone's offset at the guess, then again at the result: right across a DST change too.
  let at = asIfUtc - (wallClockMs(asIfUtc) - asIfUtc);
  at = asIfUtc - (wallClockMs(at) - at);
  return Number.isNaN(at) ? null : new Date(at).toISOString();
}
