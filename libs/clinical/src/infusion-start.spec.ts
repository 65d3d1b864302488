import { catchClinicalError } from './clinical-error.testing';
import { assessInfusionStart, LONG_GAP_DAYS } from './infusion-start';

describe('infusion start and observation (rules 10 and 18)', () => {
  it.each([
    [undefined, undefined, ['IG_NAIVE'], 60, 'IG-naive'],
    ['2026-11-09', 'gamunex-c', ['BRAND_SWITCH'], 60, 'brand switch'],
    ['2026-10-11', 'privigen', ['GAP_OVER_8_WEEKS'], 60, '57 days since the last dose'],
    ['2026-10-12', 'privigen', [], 20, '56 days since the last dose'],
    ['2026-11-09', 'privigen', [], 20, 'same brand 28 days ago'],
    [
      '2026-09-01',
      'gamunex-c',
      ['BRAND_SWITCH', 'GAP_OVER_8_WEEKS'],
      60,
      'switch after a long gap',
    ],
    ['2026-11-09', undefined, ['BRAND_SWITCH'], 60, 'unknown last product counts as a switch'],
  ] as const)(
    'last dose %s of %s → %j, observe %i min (%s) [HIZ2][PRV5][PRV1][GGL1]',
    (lastInfusionDate, lastProductId, reasons, minutes, _label) => {
      const assessment = assessInfusionStart(
        {
          infusionDate: '2026-12-07',
          ...(lastInfusionDate ? { lastInfusionDate } : {}),
          ...(lastProductId ? { lastProductId } : {}),
        },
        'privigen',
      );
      expect(assessment.reasons).toEqual(reasons);
      expect(assessment.startAtInitialRate).toBe(reasons.length > 0);
      expect(assessment.observationMinutes).toBe(minutes);
    },
  );

  it('counts a gap of more than 8 weeks as over 56 days [HIZ2]', () => {
    expect(LONG_GAP_DAYS).toBe(8 * 7);
  });

  it('rejects a last infusion after the planned one', () => {
    expect(
      catchClinicalError(() =>
        assessInfusionStart(
          { infusionDate: '2026-12-07', lastInfusionDate: '2026-12-08', lastProductId: 'privigen' },
          'privigen',
        ),
      ).code,
    ).toBe('CLINICAL.INVALID_DATE');
  });
});
