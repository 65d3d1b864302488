import { isTimeZone } from './time-zone';

describe('isTimeZone', () => {
  it.each([
    ['America/New_York', true],
    ['America/Chicago', true],
    ['UTC', true],
    ['Eastern', false],
    ['America/Nowhere', false],
    ['', false],
  ])('%j is %s', (value, expected) => {
    expect(isTimeZone(value)).toBe(expected);
  });
});
