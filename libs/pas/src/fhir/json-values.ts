// What comes over the wire, a provider's request Bundle or a payer's answer, is read through
// these, never through a cast, so a field of the wrong JSON type reads as absent instead of
// throwing. Shared by the response reader and the payer side.

export type JsonRecord = Readonly<Record<string, unknown>>;

export function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function asRecord(value: unknown): JsonRecord | undefined {
  return isRecord(value) ? value : undefined;
}

export function asArray(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

/** The records of an array field; anything else in it is skipped. */
export function recordsIn(value: unknown): JsonRecord[] {
  return asArray(value).filter(isRecord);
}

/** The records of an array field, each with its index in the array (for a FHIRPath to it). */
export function recordsOf(value: unknown): { record: JsonRecord; index: number }[] {
  return asArray(value).flatMap((item, index) => (isRecord(item) ? [{ record: item, index }] : []));
}

/** A non-empty string (a FHIR string has at least one character), else undefined. */
export function asString(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

/** A string with more than whitespace in it, something to show a person, else undefined. */
export function asText(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/** A finite number, else undefined. */
export function asNumber(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/**
 * A deep copy of JSON read from a request, typed as the FHIR element it is: an answer never
 * shares objects with the request it quotes.
 */
export function copyOf<T>(value: unknown): T {
  return structuredClone(value) as T;
}
