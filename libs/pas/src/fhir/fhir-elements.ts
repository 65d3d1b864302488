// FHIR elements read from untrusted JSON (./json-values.ts): resource types, extensions, codings
// and dates, as both the response reader and the payer side find them.
import { isIsoDate } from '@infuse/clinical';
import { asRecord, asString, asText, type JsonRecord, recordsIn } from './json-values';

export function resourceTypeOf(value: unknown): string | undefined {
  return asText(asRecord(value)?.['resourceType']);
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

/** The extensions of an element with the given url, in order. */
export function extensionsOf(element: JsonRecord | undefined, url: string): JsonRecord[] {
  return recordsIn(element?.['extension']).filter((extension) => extension['url'] === url);
}

/** The first extension of an element with the given url. */
export function extensionOf(element: JsonRecord | undefined, url: string): JsonRecord | undefined {
  return extensionsOf(element, url)[0];
}

/** The codings of a CodeableConcept, each with the parts it has. */
export function codingsOf(
  concept: unknown,
): { system?: string; code?: string; display?: string }[] {
  return recordsIn(asRecord(concept)?.['coding']).map((coding) => {
    const system = asString(coding['system']);
    const code = asString(coding['code']);
    const display = asString(coding['display']);
    return {
      ...(system ? { system } : {}),
      ...(code ? { code } : {}),
      ...(display ? { display } : {}),
    };
  });
}

/** The first coding of a CodeableConcept that has a code, as a person reads it. */
export function firstCoding(concept: unknown): { code: string; display?: string } | undefined {
  for (const coding of recordsIn(asRecord(concept)?.['coding'])) {
    const code = asText(coding['code']);
    if (code === undefined) continue;
    const display = asText(coding['display']);
    return display === undefined ? { code } : { code, display };
  }
  return undefined;
}

/** A date or dateTime's calendar date (`YYYY-MM-DD`), when it has a full, real one. */
export function calendarDateOf(value: unknown): string | undefined {
  const date = asString(value)?.slice(0, 10);
  return date && isIsoDate(date) ? date : undefined;
}
