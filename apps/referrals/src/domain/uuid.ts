const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Referrals, patients and documents are identified by UUIDs. */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}
