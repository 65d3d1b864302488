import { catchClinicalError } from './clinical-error.testing';
import { type IndicationId, type ProductId } from './clinical-types';
import {
  checkInfusionRate,
  effectiveMaxMgPerKgMin,
  mgPerKgMinToMlPerHour,
  mgPerKgMinToMlPerKgHour,
  mlPerHourToMgPerKgMin,
  resolveIvRateProtocol,
} from './infusion-rate';
import { getProduct } from './product-catalogue';

// Rule 9: product maximum in mg/kg/min by indication.
const maxima: [ProductId, IndicationId, number, string][] = [
  ['privigen', 'primary-immunodeficiency', 8, '[PRV1]'],
  ['privigen', 'cidp', 8, '[PRV1]'],
  ['privigen', 'itp', 4, '[PRV1]'],
  // The label's mL/kg/h figure governs: 5 mL/kg/h at 10% is 8.33 mg/kg/min (printed 8).
  ['gammagard-liquid', 'primary-immunodeficiency', 500 / 60, '[GGL1] 5 mL/kg/h'],
  ['gammagard-liquid', 'multifocal-motor-neuropathy', 9, '[GGL5] 5.4 mL/kg/h'],
  ['bivigam', 'primary-immunodeficiency', 6, '[BIV1]'],
  ['asceniv', 'primary-immunodeficiency', 8, '[ASC1]'],
  ['panzyga', 'primary-immunodeficiency', 14, '[PAN1]'],
  ['panzyga', 'cidp', 12, '[PAN1]'],
  ['panzyga', 'itp', 8, '[PAN2]'],
  ['octagam-10', 'itp', 12, '[OCT10b]'],
  ['octagam-10', 'dermatomyositis', 4, '[OCTDM]'],
  ['gammaplex-10', 'primary-immunodeficiency', 8, '[GPX1][GPX2]'],
  ['gamunex-c', 'primary-immunodeficiency', 8, '[GMX1]'],
  ['gamunex-c', 'cidp', 8, '[GMX4]'],
  ['flebogamma-10-dif', 'primary-immunodeficiency', 8, '[FLB3] unconfirmed'],
];

describe('infusion rate limits (rule 9)', () => {
  it.each(maxima)(
    '%s for %s: %d mg/kg/min is allowed, anything above is rejected %s',
    (productId, indication, max) => {
      expect(checkInfusionRate({ productId, indication, mgPerKgMin: max })).toMatchObject({
        allowed: true,
        maxMgPerKgMin: max,
      });
      expect(checkInfusionRate({ productId, indication, mgPerKgMin: max + 0.1 })).toMatchObject({
        allowed: false,
        code: 'ABOVE_PRODUCT_MAXIMUM',
      });
    },
  );

  it("takes the label's mL/kg/h maximum for Gammagard Liquid: 350 mL/h at 70 kg, not 336 [GGL1]", () => {
    const at = (mlPerHour: number) =>
      checkInfusionRate({
        productId: 'gammagard-liquid',
        indication: 'primary-immunodeficiency',
        mlPerHour,
        weightKg: 70,
      });
    expect(at(350).allowed).toBe(true);
    expect(at(351)).toMatchObject({ allowed: false, code: 'ABOVE_PRODUCT_MAXIMUM' });
  });

  it('checks a pump rate in mL/h with the weight: 70 kg Privigen ITP, 4 mg/kg/min = 168 mL/h [PRV1]', () => {
    expect(
      checkInfusionRate({
        productId: 'privigen',
        indication: 'itp',
        mlPerHour: (4 * 70 * 60) / 100,
        weightKg: 70,
      }).allowed,
    ).toBe(true);
    expect(
      checkInfusionRate({ productId: 'privigen', indication: 'itp', mlPerHour: 180, weightKg: 70 })
        .code,
    ).toBe('ABOVE_PRODUCT_MAXIMUM');
  });

  it('needs a rate in mg/kg/min or in mL/h with the weight', () => {
    expect(
      catchClinicalError(() =>
        checkInfusionRate({ productId: 'privigen', indication: 'itp', mlPerHour: 100 }),
      ).code,
    ).toBe('CLINICAL.INVALID_INPUT');
  });

  it.each([
    ['octagam-10', 'itp', 3.3, true, 3.4, '[OCT10c] ≤3.3'],
    ['panzyga', 'primary-immunodeficiency', 3.3, true, 3.31, '[PAN2] ≤3.3'],
    ['bivigam', 'primary-immunodeficiency', 1.9, false, 2, '[BIV2] <2'],
  ] as const)(
    '%s %s at risk (rule 12): %d allowed (≤ cap: %s), %d rejected %s',
    (productId, indication, ok, inclusive, rejected, _source) => {
      const cap = getProduct(productId).riskRateCap;
      expect(cap?.inclusive).toBe(inclusive);
      const rateCap = {
        mgPerKgMin: cap?.mgPerKgMin ?? 0,
        inclusive,
        reason: 'renal risk',
        sources: cap?.sources ?? [],
      };
      expect(checkInfusionRate({ productId, indication, mgPerKgMin: ok, rateCap }).allowed).toBe(
        true,
      );
      expect(
        checkInfusionRate({ productId, indication, mgPerKgMin: rejected, rateCap }),
      ).toMatchObject({ allowed: false, code: 'ABOVE_RISK_CAP' });
    },
  );

  it('cannot confirm a rate for Octagam 5%, whose maximum is unconfirmed [OCT5]', () => {
    expect(
      checkInfusionRate({
        productId: 'octagam-5',
        indication: 'primary-immunodeficiency',
        mgPerKgMin: 1,
      }),
    ).toMatchObject({ allowed: false, code: 'NO_MAXIMUM_KNOWN' });
  });

  it('uses the most conservative labeled protocol off-label (Privigen for Kawasaki: ITP max 4) [PRV1]', () => {
    const resolved = resolveIvRateProtocol(getProduct('privigen'), 'kawasaki');
    expect(resolved.labeled).toBe(false);
    expect(resolved.protocol.maxMgPerKgMin).toBe(4);
  });

  it('has no IV rates for a product without labeled uses (Gammagard S/D)', () => {
    expect(
      catchClinicalError(() =>
        resolveIvRateProtocol(getProduct('gammagard-sd'), 'primary-immunodeficiency'),
      ).code,
    ).toBe('CLINICAL.NO_RATE_PROTOCOL');
  });

  it('lowers the maximum to the cap, and uses the cap when the maximum is unknown', () => {
    const protocol = resolveIvRateProtocol(getProduct('octagam-10'), 'itp').protocol;
    const cap = { mgPerKgMin: 3.3, inclusive: true, reason: 'risk', sources: [] };
    expect(effectiveMaxMgPerKgMin(protocol)).toBe(12);
    expect(effectiveMaxMgPerKgMin(protocol, cap)).toBe(3.3);
    const unknownMax = resolveIvRateProtocol(
      getProduct('octagam-5'),
      'primary-immunodeficiency',
    ).protocol;
    expect(effectiveMaxMgPerKgMin(unknownMax, cap)).toBe(3.3);
  });

  it.each([
    [0.8, 10, 0.48, 'Gammagard initial 0.8 mg/kg/min ≈ 0.5 mL/kg/h [GGL1]'],
    [8, 10, 4.8, 'Gammagard 8 mg/kg/min ≈ 5 mL/kg/h [GGL1]'],
    [9, 10, 5.4, 'Gammagard MMN 9 mg/kg/min = 5.4 mL/kg/h [GGL5]'],
    [0.5, 10, 0.3, 'Privigen 0.5 mg/kg/min = 0.005 mL/kg/min [PRV1]'],
    [8, 10, 4.8, 'Gammaplex 0.08 mL/kg/min = 8 mg/kg/min [GPX1]'],
  ])('%d mg/kg/min at %i%% is %d mL/kg/h (%s)', (mgPerKgMin, percent, mlPerKgHour) => {
    expect(mgPerKgMinToMlPerKgHour(mgPerKgMin, percent)).toBeCloseTo(mlPerKgHour, 6);
  });

  it('converts between mg/kg/min and mL/h both ways', () => {
    const mlPerHour = mgPerKgMinToMlPerHour(8, 70, 10);
    expect(mlPerHour).toBeCloseTo((8 * 70 * 60) / 100, 6);
    expect(mlPerHourToMgPerKgMin(mlPerHour, 70, 10)).toBeCloseTo(8, 6);
    expect(catchClinicalError(() => mgPerKgMinToMlPerHour(1, 0, 10)).code).toBe(
      'CLINICAL.INVALID_WEIGHT',
    );
  });
});
