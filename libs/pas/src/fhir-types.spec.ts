import type { Bundle } from 'fhir/r4';

describe('FHIR R4 types', () => {
  it('types a bundle', () => {
    const bundle: Bundle = { resourceType: 'Bundle', type: 'collection' };
    expect(bundle.type).toBe('collection');
  });
});
