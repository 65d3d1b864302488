import { isIsoDate } from '@infuse/clinical';
import { isUuid } from '@infuse/contracts';

// A timestamptz exactly as PostgreSQL writes it as text (`created_at::text`), so a forged cursor
// can never reach PostgreSQL's casts.
const POSTGRES_TIMESTAMP = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?[+-]\d{2}(:\d{2})?$/;

/** The SQL types a list may be sorted by, each with the check a cursor's key must pass. */
const SORT_KEYS = {
  /** A timestamptz selected as text, which keeps PostgreSQL's microseconds. */
  timestamptz: (text: string) => POSTGRES_TIMESTAMP.test(text) && isIsoDate(text.slice(0, 10)),
  /** A date selected as text (`YYYY-MM-DD`). */
  date: (text: string) => isIsoDate(text),
} as const satisfies Record<string, (text: string) => boolean>;

export type SortKeyType = keyof typeof SORT_KEYS;

/** Where a page ended: the last row's sort key (as text) and its id, the tie-breaker. */
export interface KeysetPosition {
  key: string;
  id: string;
}

/** Turns a page's end into the opaque `nextCursor` text and back. */
export interface KeysetCursor {
  /** The longest text a query parameter may carry as this cursor. */
  readonly maxLength: number;
  encode(position: KeysetPosition): string;
  /** Undefined when the text is not a cursor this codec issued, so nothing forged reaches SQL. */
  decode(text: string): KeysetPosition | undefined;
}

/**
 * The cursor of a list in keyset pagination, sorted by a key of the given SQL type and then by a
 * UUID id: base64url of the JSON pair `[key, id]`.
 */
export function keysetCursor(
  sortKey: SortKeyType,
  { maxLength = 500 }: { maxLength?: number } = {},
): KeysetCursor {
  const isKey = SORT_KEYS[sortKey];
  return {
    maxLength,
    encode: ({ key, id }) => Buffer.from(JSON.stringify([key, id])).toString('base64url'),
    decode(text) {
      try {
        const decoded: unknown = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
        if (!Array.isArray(decoded) || decoded.length !== 2) return undefined;
        const [key, id] = decoded as unknown[];
        if (typeof key !== 'string' || !isKey(key)) return undefined;
        if (typeof id !== 'string' || !isUuid(id)) return undefined;
        return { key, id: id.toLowerCase() };
      } catch {
        return undefined;
      }
    },
  };
}
