import { isIsoDate } from '@infuse/clinical';

// A request body is whatever a client sent: read it through these, never through a cast, so a
// field of the wrong JSON type reads as absent instead of throwing.

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

/** A non-empty string, else undefined. */
export function asString(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

/** A finite number, else undefined. */
export function asNumber(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** The records of an array field, each with its index in the array. */
export function recordsOf(value: unknown): { record: JsonRecord; index: number }[] {
  return asArray(value).flatMap((item, index) => (isRecord(item) ? [{ record: item, index }] : []));
}

/** The `url` extension of an element (FHIR `extension`), if present. */
export function extensionOf(element: JsonRecord | undefined, url: string): JsonRecord | undefined {
  return recordsOf(element?.['extension']).find(({ record }) => record['url'] === url)?.record;
}

/** The codings of a CodeableConcept. */
export function codingsOf(
  concept: unknown,
): { system?: string; code?: string; display?: string }[] {
  return recordsOf(asRecord(concept)?.['coding']).map(({ record }) => {
    const system = asString(record['system']);
    const code = asString(record['code']);
    const display = asString(record['display']);
    return {
      ...(system ? { system } : {}),
      ...(code ? { code } : {}),
      ...(display ? { display } : {}),
    };
  });
}

/** A date or dateTime's calendar date (`YYYY-MM-DD`), when it has a full one. */
export function calendarDateOf(value: unknown): string | undefined {
  const date = asString(value)?.slice(0, 10);
  return date && isIsoDate(date) ? date : undefined;
}

/**
 * A deep copy of JSON read from a request, typed as the FHIR element it is: an answer never
 * shares objects with the request it quotes.
 */
export function copyOf<T>(value: unknown): T {
  return structuredClone(value) as T;
}
