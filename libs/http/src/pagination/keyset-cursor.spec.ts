import { keysetCursor } from './keyset-cursor';

const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const ID = '42d5815d-273d-4228-b610-4361d6c64e09';

describe('keyset cursor sorted by a timestamptz', () => {
  const cursor = keysetCursor('timestamptz');

  it('reads back what it issued', () => {
    const position = { key: '2026-11-26 02:53:34.193412+00', id: ID };
    expect(cursor.decode(cursor.encode(position))).toEqual(position);
  });

  it('issues base64url of the pair [key, id]', () => {
    expect(cursor.encode({ key: '2026-03-02 14:05:00+00', id: ID })).toBe(
      encode(['2026-03-02 14:05:00+00', ID]),
    );
  });

  it.each([
    ['a bare number for a time', encode(['1', ID])],
    ['an impossible date', encode(['2024-02-30 00:00:00+00', ID])],
    ['an ISO time rather than PostgreSQL text', encode(['2026-11-26T02:53:34Z', ID])],
    ['dashes for an id', encode(['2026-11-26 02:53:34+00', '-'.repeat(36)])],
    ['SQL for an id', encode(['2026-11-26 02:53:34+00', "x' OR '1'='1"])],
    ['one part', encode(['2026-11-26 02:53:34+00'])],
    ['three parts', encode(['2026-11-26 02:53:34+00', ID, 1])],
    ['not JSON', Buffer.from('{').toString('base64url')],
    ['not base64 at all', '%%%'],
  ])('refuses %s', (_case, text) => {
    expect(cursor.decode(text)).toBeUndefined();
  });
});

describe('keyset cursor sorted by a date', () => {
  const cursor = keysetCursor('date', { maxLength: 200 });

  it('reads back what it issued, its id in lower case', () => {
    const position = { key: '2026-12-07', id: ID };
    expect(cursor.decode(cursor.encode(position))).toEqual(position);
    expect(cursor.decode(cursor.encode({ ...position, id: ID.toUpperCase() }))).toEqual(position);
    expect(cursor.maxLength).toBe(200);
  });

  it.each([
    ['an impossible date', encode(['2026-02-30', ID])],
    ['a time for a date', encode(['2026-12-07T00:00:00Z', ID])],
    ['dashes for an id', encode(['2026-12-07', '-'.repeat(36)])],
    ['one part', encode(['2026-12-07'])],
    ['not JSON', Buffer.from('{').toString('base64url')],
    ['not base64 at all', '%%%'],
  ])('refuses %s', (_case, text) => {
    expect(cursor.decode(text)).toBeUndefined();
  });
});
