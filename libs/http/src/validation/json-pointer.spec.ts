import { jsonPointer } from './json-pointer';

describe('jsonPointer (RFC 6901 as a URI fragment)', () => {
  it.each([
    [[], '#'],
    [['patient', 'dateOfBirth'], '#/patient/dateOfBirth'],
    [['labs', 2, 'collectedOn'], '#/labs/2/collectedOn'],
    [['a/b', 'c~d'], '#/a~1b/c~0d'],
  ])('%j is %s', (path, pointer) => {
    expect(jsonPointer(path)).toBe(pointer);
  });
});
