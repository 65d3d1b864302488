import { ClinicalError, requirePositive } from './clinical-error';
import { catchClinicalError } from './clinical-error.testing';

describe('ClinicalError', () => {
  it('carries a stable code, a message and details', () => {
    const error = new ClinicalError('CLINICAL.UNKNOWN_PRODUCT', 'unknown product', {
      productId: 'x',
    });
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({
      name: 'ClinicalError',
      code: 'CLINICAL.UNKNOWN_PRODUCT',
      message: 'unknown product',
      details: { productId: 'x' },
    });
  });

  it.each([0, -1, Number.NaN, Number.POSITIVE_INFINITY])('requirePositive rejects %d', (value) => {
    expect(
      catchClinicalError(() => requirePositive(value, 'CLINICAL.INVALID_WEIGHT', 'weightKg')).code,
    ).toBe('CLINICAL.INVALID_WEIGHT');
  });

  it('requirePositive returns a positive number', () => {
    expect(requirePositive(70, 'CLINICAL.INVALID_WEIGHT', 'weightKg')).toBe(70);
  });

  it('the test helper fails when nothing or something else is thrown', () => {
    expect(() => catchClinicalError(() => 1)).toThrow('expected a ClinicalError');
    expect(() =>
      catchClinicalError(() => {
        throw new TypeError('other');
      }),
    ).toThrow(TypeError);
  });
});
