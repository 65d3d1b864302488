import { decodeCursor, encodeCursor } from './referral-cursor';

const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('work-queue cursor', () => {
  it('reads back what it issued', () => {
    const cursor = {
      createdAt: '2026-11-26 02:53:34.193412+00',
      id: '42d5815d-273d-4228-b610-4361d6c64e09',
    };
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
  });

  it.each([
    ['a bare number for a time', encode(['1', '42d5815d-273d-4228-b610-4361d6c64e09'])],
    [
      'an impossible date',
      encode(['2024-02-30 00:00:00+00', '42d5815d-273d-4228-b610-4361d6c64e09']),
    ],
    ['dashes for an id', encode(['2026-11-26 02:53:34+00', '-'.repeat(36)])],
    ['not JSON', Buffer.from('{').toString('base64url')],
    ['not base64 at all', '%%%'],
  ])('refuses %s', (_case, text) => {
    expect(decodeCursor(text)).toBeUndefined();
  });
});
