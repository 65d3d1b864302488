import { catchClinicalError } from './clinical-error.testing';
import { withClinicalSettings } from './clinical-settings';
import {
  adjustedBodyWeightKg,
  bodyMassIndex,
  calculateDosingWeight,
  idealBodyWeightKg,
} from './dosing-weight';

const inches = (cm: number): number => cm / 2.54;

describe('dosing weight (rule 7)', () => {
  it.each([
    ['male', 178, 50],
    ['male', 152.4, 50], // exactly 60 in
    ['female', 168, 45.5],
    ['female', 160, 45.5],
  ] as const)(
    'IBW %s %i cm = base %d kg + 2.3 kg per inch over 60 [NBA]',
    (sex, heightCm, base) => {
      expect(idealBodyWeightKg(heightCm, sex)).toBeCloseTo(base + 2.3 * (inches(heightCm) - 60), 1);
    },
  );

  it('AdjBW = IBW + 0.4 × (actual − IBW): 120 kg, IBW 73.2 kg is 91.9 kg [NBA]', () => {
    expect(adjustedBodyWeightKg(120, 73.2, 0.4)).toBeCloseTo(73.2 + 0.4 * (120 - 73.2), 1);
  });

  it('BMI is kg / m²', () => {
    expect(bodyMassIndex(71.2, 168)).toBeCloseTo(71.2 / 1.68 ** 2, 6);
  });

  it('uses actual weight when BMI <30: the referral patient, 71.2 kg, 168 cm [DRO-WT]', () => {
    const weight = calculateDosingWeight({ weightKg: 71.2, heightCm: 168, sex: 'female' });
    expect(weight.bmi).toBeLessThan(30);
    expect(weight).toMatchObject({ basis: 'actual', dosingWeightKg: 71.2 });
  });

  it('uses AdjBW when BMI ≥30: male 120 kg, 178 cm [NBA][DRO-WT]', () => {
    const weight = calculateDosingWeight({ weightKg: 120, heightCm: 178, sex: 'male' });
    const ibw = 50 + 2.3 * (inches(178) - 60);
    expect(weight.bmi).toBeGreaterThanOrEqual(30);
    expect(weight.basis).toBe('adjusted');
    expect(weight.idealKg).toBeCloseTo(ibw, 1);
    expect(weight.dosingWeightKg).toBeCloseTo(ibw + 0.4 * (120 - ibw), 1);
  });

  it('applies the policy at exactly BMI 30 [DRO-WT]', () => {
    const heightCm = 170;
    const weightKg = 30 * 1.7 ** 2;
    expect(calculateDosingWeight({ weightKg, heightCm, sex: 'female' }).basis).toBe('adjusted');
    expect(calculateDosingWeight({ weightKg: weightKg - 0.5, heightCm, sex: 'female' }).basis).toBe(
      'actual',
    );
  });

  it.each([
    ['ideal', (ibw: number) => ibw],
    ['actual', () => 120],
  ] as const)(
    'follows a payer policy of %s weight when BMI ≥30 (rule 7 ⚙) [NBA][DRO-WT]',
    (basis, expected) => {
      const settings = withClinicalSettings({ dosingWeight: { obeseWeightBasis: basis } });
      const weight = calculateDosingWeight({ weightKg: 120, heightCm: 178, sex: 'male' }, settings);
      expect(weight.basis).toBe(basis);
      expect(weight.dosingWeightKg).toBeCloseTo(expected(50 + 2.3 * (inches(178) - 60)), 1);
    },
  );

  it.each(['other', 'unknown'] as const)(
    'uses the female formula for sex %s by default (setting)',
    (sex) => {
      const weight = calculateDosingWeight({ weightKg: 110, heightCm: 175, sex });
      expect(weight.formulaSex).toBe('female');
      expect(weight.idealKg).toBeCloseTo(45.5 + 2.3 * (inches(175) - 60), 1);
    },
  );

  it('uses the pharmacist’s choice of formula over the setting', () => {
    expect(
      calculateDosingWeight({ weightKg: 110, heightCm: 175, sex: 'other', formulaSex: 'male' })
        .formulaSex,
    ).toBe('male');
    const settings = withClinicalSettings({ dosingWeight: { sexForOtherOrUnknown: 'male' } });
    expect(
      calculateDosingWeight({ weightKg: 110, heightCm: 175, sex: 'unknown' }, settings).formulaSex,
    ).toBe('male');
  });

  it('doses a small child on actual weight although Devine gives no ideal weight at 95 cm [NBA]', () => {
    expect(calculateDosingWeight({ weightKg: 14, heightCm: 95, sex: 'female' })).toMatchObject({
      basis: 'actual',
      dosingWeightKg: 14,
      idealKg: null,
      adjustedKg: null,
    });
  });

  it.each([
    [{ weightKg: -70, heightCm: 170 }, 'CLINICAL.INVALID_WEIGHT'],
    [{ weightKg: 0, heightCm: 170 }, 'CLINICAL.INVALID_WEIGHT'],
    [{ weightKg: Number.NaN, heightCm: 170 }, 'CLINICAL.INVALID_WEIGHT'],
    [{ weightKg: 70, heightCm: 0 }, 'CLINICAL.INVALID_HEIGHT'],
    [{ weightKg: 20, heightCm: 40 }, 'CLINICAL.INVALID_HEIGHT'], // IBW below zero
  ])('rejects %j with %s', (input, code) => {
    expect(catchClinicalError(() => calculateDosingWeight({ ...input, sex: 'female' })).code).toBe(
      code,
    );
  });
});
