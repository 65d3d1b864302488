import { defaultClinicalSettings, withClinicalSettings } from './clinical-settings';

describe('clinical settings', () => {
  it.each([
    [
      'vial rounding tolerance ±5 % (rule 8, unconfirmed)',
      defaultClinicalSettings.vialRoundingTolerancePercent,
      5,
    ],
    [
      'large daily dose 80 g/day (section 2c, unconfirmed)',
      defaultClinicalSettings.largeDailyDoseGrams,
      80,
    ],
    ['BMI threshold 30 [DRO-WT]', defaultClinicalSettings.dosingWeight.bmiThreshold, 30],
    ['AdjBW factor 0.4 [NBA]', defaultClinicalSettings.dosingWeight.adjustmentFactor, 0.4],
    ['baseline labs within 30 days [PH2][MMO]', defaultClinicalSettings.baselineLabsMaxAgeDays, 30],
  ])('defaults %s', (_name, actual, expected) => {
    expect(actual).toBe(expected);
  });

  it('defaults to adjusted body weight when BMI ≥30 (rule 7) [NBA]', () => {
    expect(defaultClinicalSettings.dosingWeight.obeseWeightBasis).toBe('adjusted');
  });

  it('overrides one nested field and keeps the others', () => {
    const settings = withClinicalSettings({
      dosingWeight: { obeseWeightBasis: 'ideal' },
      vialRoundingTolerancePercent: 10,
    });
    expect(settings.dosingWeight).toEqual({
      ...defaultClinicalSettings.dosingWeight,
      obeseWeightBasis: 'ideal',
    });
    expect(settings.vialRoundingTolerancePercent).toBe(10);
    expect(settings.unspecifiedTitration).toEqual(defaultClinicalSettings.unspecifiedTitration);
    expect(defaultClinicalSettings.vialRoundingTolerancePercent).toBe(5);
  });

  it('overrides on top of a given base', () => {
    const base = withClinicalSettings({ largeDailyDoseGrams: 60 });
    const settings = withClinicalSettings({ unspecifiedTitration: { stepMinutes: 15 } }, base);
    expect(settings.largeDailyDoseGrams).toBe(60);
    expect(settings.unspecifiedTitration).toEqual({ rateMultiplier: 2, stepMinutes: 15 });
  });
});
