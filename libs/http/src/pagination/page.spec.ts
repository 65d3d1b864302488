import { z } from 'zod';
import { keysetCursor } from './keyset-cursor';
import { PAGE_SIZE, pageOf, pageQuery } from './page';

const cursor = keysetCursor('date');
const ID = '42d5815d-273d-4228-b610-4361d6c64e09';

describe('pageQuery', () => {
  const schema = z.object(pageQuery(cursor));

  it('defaults the limit and reads a cursor back into its position', () => {
    expect(schema.parse({})).toEqual({ limit: PAGE_SIZE.default });
    const text = cursor.encode({ key: '2026-12-07', id: ID });
    expect(schema.parse({ cursor: text, limit: '3' })).toEqual({
      cursor: { key: '2026-12-07', id: ID },
      limit: 3,
    });
  });

  it.each([
    [{ cursor: 'bm90LWEtY3Vyc29y' }, 'cursor', 'not a cursor from a previous page'],
    [{ cursor: 'x'.repeat(501) }, 'cursor', undefined],
    [{ limit: '0' }, 'limit', undefined],
    [{ limit: String(PAGE_SIZE.max + 1) }, 'limit', undefined],
    [{ limit: 'many' }, 'limit', undefined],
  ])('refuses %j', (query, field, message) => {
    const result = schema.safeParse(query);
    expect(result.error?.issues.map((issue) => issue.path)).toEqual([[field]]);
    if (message) expect(result.error?.issues[0]?.message).toBe(message);
  });
});

describe('pageOf', () => {
  const rows = [1, 2, 3].map((n) => ({ n }));
  const cursorOf = (row: { n: number }) => `after-${row.n}`;
  const itemOf = (row: { n: number }) => row.n * 10;

  it('keeps `limit` items and points past the last when a further row was fetched', () => {
    expect(pageOf(rows, 2, cursorOf, itemOf)).toEqual({ items: [10, 20], nextCursor: 'after-2' });
  });

  it('has no next cursor on the last page', () => {
    expect(pageOf(rows, 3, cursorOf, itemOf)).toEqual({ items: [10, 20, 30], nextCursor: null });
    expect(pageOf([], 3, cursorOf, itemOf)).toEqual({ items: [], nextCursor: null });
  });
});
