import { catchClinicalError } from './clinical-error.testing';
import { measlesExposureDose } from './measles-exposure';

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
