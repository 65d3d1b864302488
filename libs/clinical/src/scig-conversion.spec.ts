import { catchClinicalError } from './clinical-error.testing';
import { convertToScig } from './scig-conversion';

describe('IVIG → SCIG conversion (rule 6)', () => {
  it.each([
    ['hizentra', 1.37, '[HIZ1]'],
    ['gammagard-liquid', 1.37, '[GGL1]'],
    ['gamunex-c', 1.37, '[GMX2]'],
    ['gammaked', 1.37, '[GMX2]'],
    ['xembify', 1.37, '[XEM1] (secondary)'],
    ['cuvitru', 1.3, '[CUV1]'],
    ['cutaquig', 1.3, '[CUT1]'],
  ])('%s: 28 g IVIG every 28 days → 28 ÷ 4 × %d g weekly %s', (scigProductId, factor) => {
    const conversion = convertToScig({
      scigProductId,
      previousGramsPerDose: 28,
      previousIntervalDays: 28,
    });
    expect(conversion.factor).toBe(factor);
    expect(conversion.weeklyGrams).toBeCloseTo((28 / 4) * factor, 3);
    expect(conversion.gramsPerDose).toBe(conversion.weeklyGrams);
  });

  it('Hizentra: 30 g every 21 days → 30 ÷ 3 × 1.37 = 13.7 g weekly [HIZ1]', () => {
    expect(
      convertToScig({
        scigProductId: 'hizentra',
        previousGramsPerDose: 30,
        previousIntervalDays: 21,
      }).weeklyGrams,
    ).toBeCloseTo(13.7, 3);
  });

  it('biweekly is 2 × the weekly dose [HIZ1]', () => {
    const weekly = convertToScig({
      scigProductId: 'hizentra',
      previousGramsPerDose: 28,
      previousIntervalDays: 28,
    });
    const biweekly = convertToScig({
      scigProductId: 'hizentra',
      previousGramsPerDose: 28,
      previousIntervalDays: 28,
      frequency: { kind: 'biweekly' },
    });
    expect(biweekly.gramsPerDose).toBeCloseTo(2 * weekly.weeklyGrams, 3);
    expect(biweekly.dosesPerWeek).toBe(0.5);
  });

  it.each([2, 3, 7])('%i times a week divides the weekly dose [HIZ1]', (times) => {
    const conversion = convertToScig({
      scigProductId: 'hizentra',
      previousGramsPerDose: 28,
      previousIntervalDays: 28,
      frequency: { kind: 'times-per-week', times },
    });
    expect(conversion.gramsPerDose).toBeCloseTo(conversion.weeklyGrams / times, 3);
  });

  it.each([1, 8, 2.5])('rejects %d times a week (2–7 allowed) [HIZ1]', (times) => {
    expect(
      catchClinicalError(() =>
        convertToScig({
          scigProductId: 'hizentra',
          previousGramsPerDose: 28,
          previousIntervalDays: 28,
          frequency: { kind: 'times-per-week', times },
        }),
      ).code,
    ).toBe('CLINICAL.INVALID_INPUT');
  });

  it('gives the first SC dose 7 days after the last IVIG [HIZ1]', () => {
    const conversion = convertToScig({
      scigProductId: 'hizentra',
      previousGramsPerDose: 28,
      previousIntervalDays: 28,
      lastPreviousDoseDate: '2026-12-28',
    });
    expect(conversion.firstDoseDate).toBe('2027-01-04');
  });

  it.each([
    ['cuvitru', 5, '[CUV1] grams × 5 = mL'],
    ['cutaquig', 6, '[CUT2] grams × 6 = mL'],
    ['hizentra', 5, '20%'],
  ])('%s volume is grams × %i %s', (scigProductId, mlPerGram) => {
    const conversion = convertToScig({
      scigProductId,
      previousGramsPerDose: 28,
      previousIntervalDays: 28,
    });
    expect(conversion.mlPerDose).toBeCloseTo(conversion.gramsPerDose * mlPerGram, 2);
  });

  it('Cuvitru keeps the same weekly dose when switching from another SCIG [CUV1]', () => {
    const conversion = convertToScig({
      scigProductId: 'cuvitru',
      previousGramsPerDose: 10,
      previousIntervalDays: 7,
      previousTherapy: 'SCIG',
    });
    expect(conversion.factor).toBe(1);
    expect(conversion.weeklyGrams).toBe(10);
    expect(conversion.notes).toEqual([]);
  });

  it('keeps the weekly dose from another SCIG and says the reference has no factor (Hizentra)', () => {
    const conversion = convertToScig({
      scigProductId: 'hizentra',
      previousGramsPerDose: 10,
      previousIntervalDays: 7,
      previousTherapy: 'SCIG',
    });
    expect(conversion.weeklyGrams).toBe(10);
    expect(conversion.notes).toHaveLength(1);
  });

  it('notes that the Xembify factor is secondary [XEM1][XEM3]', () => {
    expect(
      convertToScig({
        scigProductId: 'xembify',
        previousGramsPerDose: 28,
        previousIntervalDays: 28,
      }).notes,
    ).toEqual(['The conversion factor is secondary in the reference']);
  });

  it('HyQvia ramps up: 1-week dose at week 1, 2-week at 2, 3-week at 4, 4-week at 7 [HYQ1]', () => {
    const conversion = convertToScig({
      scigProductId: 'hyqvia',
      previousGramsPerDose: 40,
      previousIntervalDays: 28,
      firstDoseDate: '2027-01-04',
    });
    expect(conversion.rampUp).toEqual([
      { week: 1, weeksCovered: 1, grams: 10, date: '2027-01-04' },
      { week: 2, weeksCovered: 2, grams: 20, date: '2027-01-11' },
      { week: 4, weeksCovered: 3, grams: 30, date: '2027-01-25' },
      { week: 7, weeksCovered: 4, grams: 40, date: '2027-02-15' },
    ]);
    expect(conversion.gramsPerDose).toBe(40);
    expect(conversion.factor).toBe(1);
  });

  it('HyQvia from a 3-weekly IVIG ramps up to the 3-week dose at week 4 [HYQ1]', () => {
    const conversion = convertToScig({
      scigProductId: 'hyqvia',
      previousGramsPerDose: 30,
      previousIntervalDays: 21,
    });
    expect(conversion.rampUp.map((dose) => [dose.week, dose.grams])).toEqual([
      [1, 10],
      [2, 20],
      [4, 30],
    ]);
    expect(conversion.rampUp[0]?.date).toBeUndefined();
  });

  it.each([
    [{ scigProductId: 'privigen' }, 'CLINICAL.NOT_SCIG_PRODUCT'],
    [{ previousGramsPerDose: 0 }, 'CLINICAL.INVALID_DOSE'],
    [{ previousIntervalDays: -7 }, 'CLINICAL.INVALID_INTERVAL'],
  ])('rejects %j with %s', (override, code) => {
    expect(
      catchClinicalError(() =>
        convertToScig({
          scigProductId: 'hizentra',
          previousGramsPerDose: 28,
          previousIntervalDays: 28,
          ...override,
        }),
      ).code,
    ).toBe(code);
  });
});
