const MINUTE_MS = 60_000;

// One formatter per zone: building a DateTimeFormat loads zone data.
const offsetFormatters = new Map<string, Intl.DateTimeFormat>();

/** The UTC offset of a time zone at an instant, in minutes (New York in winter: -300). */
function offsetMinutes(timeZone: string, at: Date): number {
  let formatter = offsetFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' });
    offsetFormatters.set(timeZone, formatter);
  }
  const name = formatter.formatToParts(at).find((part) => part.type === 'timeZoneName')?.value;
  const [, sign, hours, minutes] = /GMT([+-])(\d{2}):?(\d{2})?/.exec(name ?? '') ?? [];
  if (!sign) return 0;
  const total = Number(hours) * 60 + Number(minutes ?? 0);
  return sign === '-' ? -total : total;
}

/** The instant a calendar day ('YYYY-MM-DD') starts in a time zone. */
export function startOfDayIn(timeZone: string, date: string): Date {
  const utcMidnight = Date.parse(`${date}T00:00:00Z`);
  // The offset at the guess can differ from the offset at the answer across a DST change.
  const first = utcMidnight - offsetMinutes(timeZone, new Date(utcMidnight)) * MINUTE_MS;
  return new Date(utcMidnight - offsetMinutes(timeZone, new Date(first)) * MINUTE_MS);
}
