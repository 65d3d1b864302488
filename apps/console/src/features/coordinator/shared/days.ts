const DAY_MS = 86_400_000;

/** Whole days from an instant to now, e.g. how long a referral has waited. */
export function daysSince(iso: string, now: number = Date.now()): number {
  return Math.max(0, Math.floor((now - Date.parse(iso)) / DAY_MS));
}

/** A number of days in words: "under a day", "1 day", "12 days". */
export function daysInWords(days: number): string {
  if (days === 0) return 'under a day';
  return days === 1 ? '1 day' : `${days} days`;
}
