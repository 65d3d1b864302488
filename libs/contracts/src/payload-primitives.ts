import { z } from 'zod';

// Payload objects are plain `z.object`s, which strip keys they do not know when parsing. That is
// the tolerant reader a consumer needs: a producer may add fields (changes are additive) and an
// older consumer neither fails nor sees them. `z.looseObject` would also tolerate them, but types
// every payload with an index signature, so a misspelt field in a producer compiles. The published
// JSON Schema describes the wire (the parse input), where extra keys are allowed; see
// payload-json-schema.ts.

/** A UUID, e.g. a referral or patient id. */
export const uuid = () => z.uuid();

// The form of every id services issue (gen_random_uuid, randomUUID), in any letter case: a test
// for text from outside (a path, a cursor) before it reaches a uuid column.
const UUID_FORM = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a string has the form of a UUID. */
export function isUuid(value: string): boolean {
  return UUID_FORM.test(value);
}

/** A calendar date without a time zone, `YYYY-MM-DD`. */
export const calendarDate = () =>
  // PostgreSQL's date starts at year 1; the ISO form alone would let year 0 through.
  z.iso.date().refine((value) => value >= '0001-01-01', 'must be in year 1 or later');

/** An instant, ISO 8601 with a UTC offset (`Z` or `±hh:mm`). */
export const instant = () => z.iso.datetime({ offset: true });

/** The user who acted: the `sub` claim of their access token. */
export const actor = () =>
  z.string().min(1).max(200).describe('The user who acted: the sub claim of their access token');
