import { isValidNpi } from './npi';

describe('isValidNpi', () => {
  it.each(['1234567893', '1245319599', '1003000126'])(
    'takes %s, whose last digit checks the nine before it',
    (npi) => {
      expect(isValidNpi(npi)).toBe(true);
    },
  );

  it('refuses a wrong check digit', () => {
    expect(isValidNpi('1234567890')).toBe(false);
  });

  it.each([
    ['two digits swapped', '2134567893'],
    ['two digits swapped', '1245319959'],
  ])('catches a typing slip: %s (%s)', (_slip, npi) => {
    expect(isValidNpi(npi)).toBe(false);
  });

  it.each(['123456789', '12345678931', '123456789X', '1234 567893', ''])(
    'refuses %p, which is not ten digits',
    (npi) => {
      expect(isValidNpi(npi)).toBe(false);
    },
  );
});
