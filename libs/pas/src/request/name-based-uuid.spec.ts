/* eslint-disable no-restricted-imports -- node:crypto is the reference the pure SHA-1 is checked
   against; the library itself never imports it. */
import { createHash } from 'node:crypto';
import { isUuid, nameBasedUuid, sha1 } from './name-based-uuid';

const DNS_NAMESPACE = '6ba7b810-9dad-11d1-80b4-00c04fd430c8';

describe('name-based UUIDs', () => {
  it('gives the RFC test vector for www.example.com in the DNS namespace', () => {
    expect(nameBasedUuid(DNS_NAMESPACE, 'www.example.com')).toBe(
      '2ed6657d-e927-568b-95e1-2665a8aea6a2',
    );
  });

  it.each([
    '',
    'abc',
    // 55 bytes: the padding and the length field just fit in one block.
    'x'.repeat(55),
    // 56 and 64 bytes: the length field spills into a second block.
    'x'.repeat(56),
    'x'.repeat(64),
    'non-ASCII names hash their UTF-8 bytes: Privigen® 10 % • ü',
  ])('hashes %j as node:crypto does', (text) => {
    const bytes = new TextEncoder().encode(text);
    expect(Buffer.from(sha1(bytes)).toString('hex')).toBe(
      createHash('sha1').update(bytes).digest('hex'),
    );
  });

  it('hashes a message of several blocks as node:crypto does', () => {
    const bytes = new Uint8Array(1000).map((_, index) => (index * 37) % 256);
    expect(Buffer.from(sha1(bytes)).toString('hex')).toBe(
      createHash('sha1').update(bytes).digest('hex'),
    );
  });

  it('is version 5, RFC variant, and differs for different names', () => {
    const first = nameBasedUuid(DNS_NAMESPACE, 'submission-1/claim');
    const second = nameBasedUuid(DNS_NAMESPACE, 'submission-2/claim');
    expect(isUuid(first)).toBe(true);
    expect(first[14]).toBe('5');
    expect(['8', '9', 'a', 'b']).toContain(first[19]);
    expect(first).not.toBe(second);
  });

  it('refuses a namespace that is not a UUID', () => {
    expect(() => nameBasedUuid('not-a-uuid', 'x')).toThrow('namespace is not a UUID');
  });
});
