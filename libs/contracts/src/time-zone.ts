/** Whether a string names an IANA time zone the runtime knows, e.g. `America/New_York`. */
export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}
