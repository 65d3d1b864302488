import { decodeCursor, encodeCursor } from './dispense-cursor';

const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('dispense queue cursor', () => {
  it('reads back what it issued', () => {
    const cursor = { dueOn: '2026-12-07', id: '42d5815d-273d-4228-b610-4361d6c64e09' };
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
  });

  it.each([
    ['an impossible date', encode(['2026-02-30', '42d5815d-273d-4228-b610-4361d6c64e09'])],
    ['a time for a date', encode(['2026-12-07T00:00:00Z', '42d5815d-273d-4228-b610-4361d6c64e09'])],
    ['dashes for an id', encode(['2026-12-07', '-'.repeat(36)])],
    ['one part', encode(['2026-12-07'])],
    ['not JSON', Buffer.from('{').toString('base64url')],
    ['not base64 at all', '%%%'],
  ])('refuses %s', (_case, text) => {
    expect(decodeCursor(text)).toBeUndefined();
  });
});
