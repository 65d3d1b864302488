import { isIsoDate } from '@infuse/clinical';
import { isUuid } from '@infuse/contracts';

/** Where a page of the queue ended: the last order's first administration date and id. */
export interface DispenseCursor {
  dueOn: string;
  id: string;
}

export function encodeCursor(cursor: DispenseCursor): string {
  return Buffer.from(JSON.stringify([cursor.dueOn, cursor.id])).toString('base64url');
}

/** Undefined when the text is not a cursor this service issued, so nothing forged reaches SQL. */
export function decodeCursor(text: string): DispenseCursor | undefined {
  try {
    const decoded: unknown = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    if (!Array.isArray(decoded) || decoded.length !== 2) return undefined;
    const [dueOn, id] = decoded as unknown[];
    if (typeof dueOn !== 'string' || !isIsoDate(dueOn)) return undefined;
    if (typeof id !== 'string' || !isUuid(id)) return undefined;
    return { dueOn, id: id.toLowerCase() };
  } catch {
    return undefined;
  }
}
