import { catchClinicalError } from './clinical-error.testing';
import { withClinicalSettings } from './clinical-settings';
import { getProduct } from './product-catalogue';
import { selectDoseVials, selectVials } from './vial-selection';

describe('vial selection (rule 8)', () => {
  it('dispenses 2 × 1 g, not 1 × 2.5 g, for 1.5 g ordered [NOR1][NGS]', () => {
    const selection = selectVials({ productId: 'gammagard-liquid', orderedGrams: 1.5 });
    expect(selection.vials).toEqual([{ grams: 1, count: 2 }]);
    expect(selection.wasteGrams).toBe(0.5);
    expect(selection.strategy).toBe('smallest-covering');
    expect(selection.withinTolerance).toBe(false);
  });

  it.each([
    ['gammagard-liquid', 28],
    ['gamunex-c', 28],
    ['panzyga', 28],
    ['hizentra', 9],
    ['cutaquig', 4.95],
  ])('%s: %d g ordered is dispensed exactly [ONT]', (productId, orderedGrams) => {
    const selection = selectVials({ productId, orderedGrams });
    expect(selection.totalGrams).toBeCloseTo(orderedGrams, 6);
    expect(selection.deviationGrams).toBeCloseTo(0, 6);
    expect(selection.wasteGrams).toBeCloseTo(0, 6);
    const sizes = getProduct(productId).vials.map((vial) => vial.grams);
    expect(selection.vials.every((vial) => sizes.includes(vial.grams))).toBe(true);
  });

  it('rounds 35.6 g of Privigen down to 35 g (−1.7 %, within ±5 %) [ONT][GW]', () => {
    const selection = selectVials({ productId: 'privigen', orderedGrams: 35.6 });
    expect(selection.totalGrams).toBe(35);
    expect(selection.vials).toEqual([
      { grams: 20, count: 1 },
      { grams: 10, count: 1 },
      { grams: 5, count: 1 },
    ]);
    expect(selection.strategy).toBe('closest-within-tolerance');
    expect(selection.deviationPercent).toBeCloseTo(((35 - 35.6) / 35.6) * 100, 1);
  });

  it('rounds a 9.59 g weekly Hizentra dose up to 10 g (+4.3 %, within ±5 %) [HIZ1]', () => {
    const selection = selectVials({ productId: 'hizentra', orderedGrams: 9.59 });
    expect(selection.totalGrams).toBe(10);
    expect(selection.vials).toEqual([{ grams: 10, count: 1 }]);
    expect(selection.withinTolerance).toBe(true);
  });

  it('covers 28 g of Privigen with 30 g when no total is within ±5 % [NOR1]', () => {
    const selection = selectVials({ productId: 'privigen', orderedGrams: 28 });
    expect(selection.totalGrams).toBe(30);
    expect(selection.vialCount).toBe(2);
    expect(selection.wasteGrams).toBe(2);
  });

  it('chooses the lower total (less waste) when two totals are equally close [NOR1][NGS]', () => {
    // 37.5 g with 5/10/20/40 g vials: 35 and 40 are both 2.5 g away; ±10 % allows either.
    const settings = withClinicalSettings({ vialRoundingTolerancePercent: 10 });
    expect(selectVials({ productId: 'privigen', orderedGrams: 37.5 }, settings).totalGrams).toBe(
      35,
    );
  });

  it('follows the tolerance setting: ±1 % no longer accepts 35 g for 35.6 g (rule 8 ⚙)', () => {
    const settings = withClinicalSettings({ vialRoundingTolerancePercent: 1 });
    const selection = selectVials({ productId: 'privigen', orderedGrams: 35.6 }, settings);
    expect(selection.totalGrams).toBe(40);
    expect(selection.tolerancePercent).toBe(1);
  });

  it('uses the fewest vials for the chosen total: 60 g Gammagard = 2 × 30 g [EDW-GGL]', () => {
    const selection = selectVials({ productId: 'gammagard-liquid', orderedGrams: 60 });
    expect(selection.vials).toEqual([{ grams: 30, count: 2 }]);
  });

  it('uses only the vial sizes in stock', () => {
    const selection = selectVials({
      productId: 'gammagard-liquid',
      orderedGrams: 28,
      availableVialGrams: [10, 5],
    });
    expect(selection.vials.every((vial) => [10, 5].includes(vial.grams))).toBe(true);
    expect(selection.totalGrams).toBe(30);
  });

  it('never mixes brands: every vial is a size of the one product ordered [ONT]', () => {
    const selection = selectVials({ productId: 'octagam-10', orderedGrams: 47 });
    const sizes = getProduct('octagam-10').vials.map((vial) => vial.grams);
    expect(selection.vials.every((vial) => sizes.includes(vial.grams))).toBe(true);
    expect(selection.productId).toBe('octagam-10');
  });

  it('refuses a product without known vial sizes (Octagam 5% [OCT5])', () => {
    expect(
      catchClinicalError(() => selectVials({ productId: 'octagam-5', orderedGrams: 10 })).code,
    ).toBe('CLINICAL.NO_VIAL_SIZES');
  });

  it.each([0, -5, Number.NaN])('rejects %d g ordered', (orderedGrams) => {
    expect(
      catchClinicalError(() => selectVials({ productId: 'privigen', orderedGrams })).code,
    ).toBe('CLINICAL.INVALID_DOSE');
  });
});

describe('the vials of a dose over its infusion days', () => {
  it('selects each day alike and counts the grams of every day', () => {
    // 2 g/kg at 71.2 kg over 5 days: 28.48 g a day, 30 g of Privigen vials (20 + 10) each day.
    const dose = selectDoseVials('privigen', 28.48, 5);
    expect(dose.perInfusionDay.totalGrams).toBe(30);
    expect(dose.dispensedGrams).toBe(150);
  });
});
