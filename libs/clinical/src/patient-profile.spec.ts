import { ClinicalError } from './clinical-error';
import {
  bloodTypes,
  isBloodType,
  isNonOBloodGroup,
  isRiskCondition,
  parseRiskConditions,
  riskConditions,
} from './patient-profile';

describe('patient-profile vocabulary (fixtures/referrals/README.md)', () => {
  it('has the 19 risk conditions of the referral contract', () => {
    expect(riskConditions).toHaveLength(19);
    expect(riskConditions.every(isRiskCondition)).toBe(true);
  });

  it('parses known conditions and rejects a misspelt one with its name', () => {
    expect(parseRiskConditions(['diabetes', 'central_line'])).toEqual(['diabetes', 'central_line']);
    expect(() => parseRiskConditions(['diabetes', 'diabetis'])).toThrow(ClinicalError);
    expect(() => parseRiskConditions(['diabetis'])).toThrow(/diabetis/);
  });

  it.each([
    ['O+', false],
    ['O-', false],
    ['A+', true],
    ['A-', true],
    ['B+', true],
    ['B-', true],
    ['AB+', true],
    ['AB-', true],
  ] as const)('blood type %s is non-O: %s [PRV4][PRV-CH]', (bloodType, nonO) => {
    expect(isNonOBloodGroup(bloodType)).toBe(nonO);
  });

  it('recognizes the eight blood types and nothing else', () => {
    expect(bloodTypes.every(isBloodType)).toBe(true);
    expect(isBloodType('O')).toBe(false);
  });
});
