import { decodeCursor, encodeCursor } from './authorization-cursor';

const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('authorization list cursor', () => {
  it('reads back what it issued', () => {
    const cursor = {
      createdAt: '2026-11-26 02:53:34.193412+00',
      id: '7e3a9c10-4b2d-4f6e-8a1c-9d0b2e3f4a51',
    };
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
  });

  it.each([
    ['a bare number for a time', encode(['1', '7e3a9c10-4b2d-4f6e-8a1c-9d0b2e3f4a51'])],
    [
      'an impossible date',
      encode(['2024-02-30 00:00:00+00', '7e3a9c10-4b2d-4f6e-8a1c-9d0b2e3f4a51']),
    ],
    ['SQL for an id', encode(['2026-11-26 02:53:34+00', "x' OR '1'='1"])],
    ['three parts', encode(['2026-11-26 02:53:34+00', '7e3a9c10-4b2d-4f6e-8a1c-9d0b2e3f4a51', 1])],
    ['not JSON', Buffer.from('{').toString('base64url')],
  ])('refuses %s', (_case, text) => {
    expect(decodeCursor(text)).toBeUndefined();
  });
});
