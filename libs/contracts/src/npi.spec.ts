import { isValidNpi } from './npi';

describe('isValidNpi', () => {
  it.each([
    ['1234567893', true], // the CMS worked example
    ['1245319599', true],
    ['1234567890', false],
    ['123456789', false],
    ['12345678930', false],
    ['12345678a3', false],
  ])('%s is %s', (npi, valid) => {
    expect(isValidNpi(npi)).toBe(valid);
  });
});
