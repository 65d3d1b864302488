// A payer's answer is whatever came over the wire: it is read through these, never through a
// cast, so a field of the wrong JSON type reads as absent instead of throwing.

export type JsonObject = Readonly<Record<string, unknown>>;

export function asObject(value: unknown): JsonObject | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as JsonObject)
    : undefined;
}

/** The objects of an array field; anything else in it is skipped. */
export function objectsIn(value: unknown): JsonObject[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item: unknown) => {
    const object = asObject(item);
    return object ? [object] : [];
  });
}

/** A non-blank string, else undefined. */
export function asText(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

export function asFiniteNumber(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

export function resourceTypeOf(value: unknown): string | undefined {
  return asText(asObject(value)?.['resourceType']);
}

/** The extensions of an element with the given url, in order. */
export function extensionsOf(element: JsonObject | undefined, url: string): JsonObject[] {
  return objectsIn(element?.['extension']).filter((extension) => extension['url'] === url);
}

export function extensionOf(element: JsonObject | undefined, url: string): JsonObject | undefined {
  return extensionsOf(element, url)[0];
}

/** The first coding of a CodeableConcept that has a code. */
export function firstCoding(concept: unknown): { code: string; display?: string } | undefined {
  for (const coding of objectsIn(asObject(concept)?.['coding'])) {
    const code = asText(coding['code']);
    if (code === undefined) continue;
    const display = asText(coding['display']);
    return display === undefined ? { code } : { code, display };
  }
  return undefined;
}

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}/;

/** The calendar date (YYYY-MM-DD) of a FHIR date or dateTime, when it has a full one. */
export function calendarDate(value: unknown): string | undefined {
  const text = asText(value);
  return text && CALENDAR_DATE.test(text) ? text.slice(0, 10) : undefined;
}

/** A human name for what a value is, for messages: "a Bundle", "a string", "nothing". */
export function describe(value: unknown): string {
  const resourceType = resourceTypeOf(value);
  if (resourceType) return `a ${resourceType}`;
  if (value === undefined || value === null) return 'nothing';
  if (Array.isArray(value)) return 'a JSON array';
  if (typeof value === 'object') return 'a JSON object without a resourceType';
  return `a ${typeof value}`;
}
