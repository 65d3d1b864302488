import { allowedRate, weightFlag } from './visit-plan';
import { PLAN } from './visit-fixtures.testing';

describe('allowedRate', () => {
  // The contract example's Privigen plan: steps at 0, 30, 60, 90 and 120 min [PRV1].
  it.each([
    [-2, 21.4],
    [0, 21.4],
    [29.9, 21.4],
    [30, 42.7],
    [61, 85.4],
    [90, 170.9],
    [150, 341.8],
    [600, 341.8],
  ])('allows, %d min after the start, %d mL/h', (elapsed, rate) => {
    expect(allowedRate(PLAN, elapsed)).toBe(rate);
  });

  it('never allows more than the cap, whatever a step says', () => {
    expect(allowedRate({ ...PLAN, maxMlPerHour: 100 }, 150)).toBe(100);
  });
});

describe('weightFlag', () => {
  it('flags a weight more than the setting away from the dosing weight, either way', () => {
    expect(weightFlag(PLAN, 80)).toEqual({ dosingWeightKg: 71.2, differencePercent: 12.4 });
    expect(weightFlag(PLAN, 60)).toEqual({ dosingWeightKg: 71.2, differencePercent: -15.7 });
  });

  it('does not flag a weight within it', () => {
    expect(weightFlag(PLAN, 78.3)).toBeUndefined();
    expect(weightFlag({ ...PLAN, weightFlagPercent: 5 }, 75)).toEqual({
      dosingWeightKg: 71.2,
      differencePercent: 5.3,
    });
  });
});
