import { decodeCursor, encodeCursor } from './request-cursor';

const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('inbox cursor', () => {
  it('reads back what it issued', () => {
    const cursor = {
      receivedAt: '2026-03-02 14:05:00.123456+00',
      id: '42d5815d-273d-4228-b610-4361d6c64e09',
    };
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
  });

  it.each([
    ['a bare number for a time', encode(['1', '42d5815d-273d-4228-b610-4361d6c64e09'])],
    [
      'an impossible date',
      encode(['2026-02-30 00:00:00+00', '42d5815d-273d-4228-b610-4361d6c64e09']),
    ],
    ['an id that is no UUID', encode(['2026-03-02 14:05:00+00', "x' OR 1=1"])],
    ['not JSON', Buffer.from('{').toString('base64url')],
    ['not base64 at all', '%%%'],
  ])('refuses %s', (_case, text) => {
    expect(decodeCursor(text)).toBeUndefined();
  });
});
