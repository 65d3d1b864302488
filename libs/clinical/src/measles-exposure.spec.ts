import { catchClinicalError } from './clinical-error.testing';
import { measlesExposureDose, measlesExposurePlan } from './measles-exposure';

describe('measles exposure in PI', () => {
  it('gives an extra 400 mg/kg within 6 days: 70 kg → 28 g by day 6 [PRV6][PAN1]', () => {
    expect(measlesExposureDose('2026-12-01', 70, '2026-12-03')).toMatchObject({
      grams: (400 * 70) / 1000,
      giveByDate: '2026-12-07',
      withinWindow: true,
    });
  });

  it.each([
    ['2026-12-07', true],
    ['2026-12-08', false],
    ['2026-11-30', false],
  ])('as of %s the window is open: %s [PRV6]', (asOf, open) => {
    expect(measlesExposureDose('2026-12-01', 70, asOf).withinWindow).toBe(open);
  });

  it('rejects a weight of zero', () => {
    expect(catchClinicalError(() => measlesExposureDose('2026-12-01', 0, '2026-12-02')).code).toBe(
      'CLINICAL.INVALID_WEIGHT',
    );
  });
});

describe('what a measles exposure would change, per product', () => {
  it('gives an IVIG PI patient the extra 400 mg/kg within 6 days: 71.2 kg → 28.48 g [PRV6][PAN1]', () => {
    expect(
      measlesExposurePlan(
        { productId: 'privigen', indication: 'primary-immunodeficiency', route: 'IV' },
        71.2,
      ),
    ).toEqual({
      kind: 'extra-ivig-dose',
      extraDoseMgPerKg: 400,
      extraDoseGrams: 28.48,
      withinDays: 6,
      sources: ['PRV6', 'PAN1'],
    });
  });

  it('raises a Cutaquig patient’s weekly dose to at least 245 mg/kg: 70 kg → 17.15 g [CUT2]', () => {
    expect(
      measlesExposurePlan(
        { productId: 'cutaquig', indication: 'primary-immunodeficiency', route: 'SC' },
        70,
      ),
    ).toEqual({
      kind: 'raise-weekly-scig-dose',
      weeklyMinMgPerKg: 245,
      weeklyMinGrams: 17.15,
      sources: ['CUT2'],
    });
  });

  it.each([
    ['an SC product whose label gives no rule', 'hizentra', 'primary-immunodeficiency', 'SC'],
    ['an indication other than PI', 'privigen', 'cidp', 'IV'],
  ] as const)('gives nothing for %s', (_case, productId, indication, route) => {
    expect(measlesExposurePlan({ productId, indication, route }, 70)).toBeUndefined();
  });
});
