import { isIsoDate } from '@infuse/clinical';
import { isUuid } from '@infuse/contracts';

// Exactly what the inbox query issues (timestamptz as text), so a forged cursor never reaches
// PostgreSQL's casts.
const POSTGRES_TIMESTAMP = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?[+-]\d{2}(:\d{2})?$/;

/** Where a page of the inbox ended: the last request's arrival and id. */
export interface RequestCursor {
  receivedAt: string;
  id: string;
}

export function encodeCursor(cursor: RequestCursor): string {
  return Buffer.from(JSON.stringify([cursor.receivedAt, cursor.id])).toString('base64url');
}

/** Undefined when the text is not a cursor this service issued. */
export function decodeCursor(text: string): RequestCursor | undefined {
  try {
    const decoded: unknown = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    if (!Array.isArray(decoded) || decoded.length !== 2) return undefined;
    const [receivedAt, id] = decoded as unknown[];
    if (typeof receivedAt !== 'string' || !POSTGRES_TIMESTAMP.test(receivedAt)) return undefined;
    if (!isIsoDate(receivedAt.slice(0, 10))) return undefined;
    if (typeof id !== 'string' || !isUuid(id)) return undefined;
    return { receivedAt, id };
  } catch {
    return undefined;
  }
}
