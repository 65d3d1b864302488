import { isIsoDate } from '@infuse/clinical';
import { isUuid } from '@infuse/contracts';

// Exactly what the list query issues (timestamptz as text), so a forged cursor can never reach
// PostgreSQL's casts.
const POSTGRES_TIMESTAMP = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?[+-]\d{2}(:\d{2})?$/;

/** Where a page of requests ended: the last request's creation time and id. */
export interface AuthorizationCursor {
  createdAt: string;
  id: string;
}

export function encodeCursor(cursor: AuthorizationCursor): string {
  return Buffer.from(JSON.stringify([cursor.createdAt, cursor.id])).toString('base64url');
}

/** Undefined when the text is not a cursor this service issued. */
export function decodeCursor(text: string): AuthorizationCursor | undefined {
  try {
    const decoded: unknown = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    if (!Array.isArray(decoded) || decoded.length !== 2) return undefined;
    const [createdAt, id] = decoded as unknown[];
    if (typeof createdAt !== 'string' || !POSTGRES_TIMESTAMP.test(createdAt)) return undefined;
    if (!isIsoDate(createdAt.slice(0, 10))) return undefined;
    if (typeof id !== 'string' || !isUuid(id)) return undefined;
    return { createdAt, id };
  } catch {
    return undefined;
  }
}
