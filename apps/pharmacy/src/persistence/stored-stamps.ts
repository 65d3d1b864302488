/** A record with a `Date` at `at`, as JSON stores it: the instant as an ISO string. */
export type Stored<T> = T extends { at: Date } ? Omit<T, 'at'> & { at: string } : T;

/** JSON for a jsonb column, or null. */
export function storedJson(value: unknown): string | null {
  return value === undefined ? null : JSON.stringify(value);
}

/** The record back from jsonb, its `at` an instant again. */
export function revive<T extends { at: Date }>(
  stored: Stored<T> | null | undefined,
): T | undefined {
  if (stored === null || stored === undefined) return undefined;
  return { ...stored, at: new Date(stored.at) } as unknown as T;
}
