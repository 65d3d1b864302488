import { parseStorableJson } from './storable-json';

describe('parseStorableJson', () => {
  it('drops NUL characters PostgreSQL could not store, and keeps everything else', () => {
    expect(parseStorableJson('{"number":"AUTH\\u00000001","note":"caf\\u00e9"}')).toEqual({
      number: 'AUTH0001',
      note: 'café',
    });
  });

  it('gives nothing for text that is not JSON', () => {
    expect(parseStorableJson('<html>Bad gateway</html>')).toBeUndefined();
  });
});
