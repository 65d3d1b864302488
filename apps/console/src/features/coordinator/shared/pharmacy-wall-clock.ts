import { PHARMACY_TIME_ZONE } from '../../../ui/time';

// A date-and-time field (`<input type="datetime-local">`) holds a wall-clock time with no zone.
// The console reads every time in the pharmacy's zone, so what a coordinator types is the
// pharmacy's clock too, whatever the device's zone: these turn one into an instant and back.

const WALL_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

function wallParts(instant: number, zone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(instant));
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((found) => found.type === type)?.value);
  return Date.UTC(
    part('year'),
    part('month') - 1,
    part('day'),
    part('hour'),
    part('minute'),
    part('second'),
  );
}

/** How far the zone's clock is ahead of UTC at an instant, in milliseconds. */
function offsetAt(instant: number, zone: string): number {
  return wallParts(instant, zone) - Math.floor(instant / 1000) * 1000;
}

/** `2026-12-02T09:00` on the pharmacy's clock as an ISO instant; undefined when not a time. */
export function instantOfWallTime(
  wallTime: string,
  zone: string = PHARMACY_TIME_ZONE,
): string | undefined {
  const match = WALL_TIME.exec(wallTime);
  if (!match) return undefined;
  const part = (index: number) => Number(match[index]);
  const asUtc = Date.UTC(part(1), part(2) - 1, part(3), part(4), part(5));
  // The offset is the zone's at the instant itself, found in two steps across a DST change.
  const first = asUtc - offsetAt(asUtc, zone);
  return new Date(asUtc - offsetAt(first, zone)).toISOString();
}

/** An instant as the pharmacy's wall clock reads it, for a date-and-time field. */
export function wallTimeOf(instant: string | number, zone: string = PHARMACY_TIME_ZONE): string {
  const millis = typeof instant === 'number' ? instant : Date.parse(instant);
  return new Date(wallParts(millis, zone)).toISOString().slice(0, 16);
}
