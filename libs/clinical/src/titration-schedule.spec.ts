import { catchClinicalError } from './clinical-error.testing';
import { withClinicalSettings } from './clinical-settings';
import { type IndicationId, type ProductId } from './clinical-types';
import { type InfusionHistory } from './infusion-start';
import { type RateCap } from './infusion-rate';
import { getProduct } from './product-catalogue';
import { type TitrationRequest, buildTitrationSchedule } from './titration-schedule';

const naive: InfusionHistory = { infusionDate: '2026-12-07' };
const established: InfusionHistory = {
  infusionDate: '2026-12-07',
  lastInfusionDate: '2026-11-09',
  lastProductId: 'privigen',
};

const request = (
  productId: ProductId,
  indication: IndicationId,
  overrides: Partial<TitrationRequest> = {},
): TitrationRequest => ({
  productId,
  indication,
  weightKg: 70,
  doseGrams: 70,
  history: naive,
  ...overrides,
});

const riskCap = (productId: ProductId): RateCap => {
  const cap = getProduct(productId).riskRateCap;
  if (!cap) {
    throw new Error(`${productId} has no risk cap`);
  }
  return { ...cap, reason: 'renal or thrombotic risk' };
};

describe('titration schedule', () => {
  describe('rules 9–11: rates and timers of each label', () => {
    it.each([
      [
        'gammaplex-10',
        'primary-immunodeficiency',
        [0.5, 1, 2, 4, 6, 8],
        [0, 15, 30, 45, 60, 75],
        '[GPX1] 0.005 → 0.08 mL/kg/min every 15 min',
      ],
      [
        'octagam-10',
        'itp',
        [1, 2, 4, 8, 12],
        [0, 30, 60, 90, 120],
        '[OCT10b] 1 → 2 → 4 → 8, max 12, every 30 min',
      ],
      ['octagam-10', 'dermatomyositis', [1, 2, 4], [0, 30, 60], '[OCTDM] max 4'],
      [
        'bivigam',
        'primary-immunodeficiency',
        [0.5, 1.3, 2.1, 2.9, 3.7, 4.5, 5.3, 6],
        [0, 10, 30, 50, 70, 90, 110, 130],
        '[BIV1] 10 min, then +0.8 every 20 min, max 6',
      ],
    ] as const)(
      '%s %s steps %j starting at minutes %j %s',
      (productId, indication, rates, minutes, _source) => {
        const schedule = buildTitrationSchedule(request(productId, indication, { doseGrams: 100 }));
        expect(schedule.steps.map((step) => step.mgPerKgMin)).toEqual(rates);
        expect(schedule.steps.map((step) => step.startMinute)).toEqual(minutes);
        expect(schedule.stepRuleFromLabel).toBe(true);
      },
    );

    it.each([
      [
        'gammagard-liquid',
        'primary-immunodeficiency',
        0.833,
        30,
        8.333,
        '[GGL1] 0.5 mL/kg/h × 30 min, q30 min, max 5 mL/kg/h',
      ],
      ['gammagard-liquid', 'multifocal-motor-neuropathy', 0.833, 30, 9, '[GGL5] max 5.4 mL/kg/h'],
      ['privigen', 'primary-immunodeficiency', 0.5, 30, 8, '[PRV1] max 8; interval is a setting'],
      ['privigen', 'itp', 0.5, 30, 4, '[PRV1] ITP max 4'],
      ['gamunex-c', 'primary-immunodeficiency', 1, 30, 8, '[GMX1] PI 1'],
      ['gamunex-c', 'cidp', 2, 30, 8, '[GMX4] CIDP 2'],
      ['panzyga', 'primary-immunodeficiency', 1, 30, 14, '[PAN1] 1 × 30 min, max 14'],
      ['panzyga', 'cidp', 1, 30, 12, '[PAN1] max 12'],
      ['panzyga', 'itp', 1, 30, 8, '[PAN2] max 8'],
      [
        'asceniv',
        'primary-immunodeficiency',
        0.5,
        15,
        8,
        '[ASC1] 0.5 × 15 min, every 15 min, max 8',
      ],
    ] as const)(
      '%s %s starts at %d mg/kg/min for %i min and tops out at %d %s',
      (productId, indication, initial, firstMinutes, max, _source) => {
        const schedule = buildTitrationSchedule(request(productId, indication, { doseGrams: 200 }));
        const [first, second] = schedule.steps;
        expect(first?.mgPerKgMin).toBe(initial);
        expect(second?.startMinute).toBe(firstMinutes);
        expect(schedule.maxMgPerKgMin).toBe(max);
        expect(schedule.steps.at(-1)?.mgPerKgMin).toBe(max);
        // Rates only climb and never pass the maximum.
        schedule.steps.forEach((step, index) => {
          expect(step.mgPerKgMin).toBeLessThanOrEqual(max);
          expect(step.mgPerKgMin).toBeGreaterThan(schedule.steps[index - 1]?.mgPerKgMin ?? 0);
        });
      },
    );

    it('doubles the rate every 30 min when the label gives no step (setting): Privigen 0.5 → 1 → 2 → 4 → 8 [PRV1]', () => {
      const schedule = buildTitrationSchedule(
        request('privigen', 'primary-immunodeficiency', { doseGrams: 200 }),
      );
      expect(schedule.steps.map((step) => step.mgPerKgMin)).toEqual([0.5, 1, 2, 4, 8]);
      expect(schedule.stepRuleFromLabel).toBe(false);
      const slower = withClinicalSettings({
        unspecifiedTitration: { rateMultiplier: 1.5, stepMinutes: 20 },
      });
      const custom = buildTitrationSchedule(
        request('privigen', 'primary-immunodeficiency', { doseGrams: 200 }),
        slower,
      );
      expect(custom.steps.map((step) => step.mgPerKgMin)).toEqual([
        0.5, 0.75, 1.125, 1.688, 2.531, 3.797, 5.695, 8,
      ]);
      expect(custom.steps[1]?.startMinute).toBe(20);
    });
  });

  it("follows the label's mL/kg/h where it gives one: Gammagard Liquid 70 kg starts at 35 mL/h (0.5 mL/kg/h), not 33.6 [GGL1]", () => {
    const schedule = buildTitrationSchedule(
      request('gammagard-liquid', 'primary-immunodeficiency', { weightKg: 70, doseGrams: 200 }),
    );
    expect(schedule.steps.map((step) => step.mlPerHour)).toEqual([35, 70, 140, 280, 350]);
    expect(schedule.steps.map((step) => step.mlPerKgPerHour)).toEqual([0.5, 1, 2, 4, 5]);
    expect(schedule.steps[0]).toMatchObject({ startMinute: 0, durationMinutes: 30 });
  });

  it('gives each step in mL/h for this patient and mL/kg/h: Privigen 70 kg, 8 mg/kg/min = 336 mL/h [PRV1]', () => {
    const schedule = buildTitrationSchedule(
      request('privigen', 'primary-immunodeficiency', { doseGrams: 200 }),
    );
    for (const step of schedule.steps) {
      expect(step.mlPerHour).toBeCloseTo((step.mgPerKgMin * 70 * 60) / 100, 1);
      expect(step.mlPerKgPerHour).toBeCloseTo((step.mgPerKgMin * 60) / 100, 3);
    }
    expect(schedule.steps.at(-1)?.mlPerHour).toBe(336);
  });

  it('runs the last step until the dose is in: Privigen 28 g for 70 kg takes 142 min [PRV1]', () => {
    const schedule = buildTitrationSchedule(
      request('privigen', 'primary-immunodeficiency', { doseGrams: 28 }),
    );
    const volume = 280;
    const perMinute = (rate: number): number => (rate * 70) / 100;
    const firstFour = [0.5, 1, 2, 4].reduce((sum, rate) => sum + perMinute(rate) * 30, 0);
    const expectedMinutes = 120 + (volume - firstFour) / perMinute(8);
    expect(schedule.totalVolumeMl).toBe(volume);
    expect(schedule.infusionMinutes).toBe(Math.ceil(expectedMinutes));
    expect(schedule.steps.reduce((sum, step) => sum + step.volumeMl, 0)).toBeCloseTo(volume, 0);
  });

  it('stops early when a small dose is in before the top rate', () => {
    const schedule = buildTitrationSchedule(
      request('gammaplex-10', 'primary-immunodeficiency', { doseGrams: 1 }),
    );
    // 10 mL: 0.35 mL/min for 15 min, then the rest at 0.7 mL/min [GPX1]
    expect(schedule.steps.map((step) => step.mgPerKgMin)).toEqual([0.5, 1]);
    expect(schedule.infusionMinutes).toBe(Math.ceil(15 + (10 - 0.35 * 15) / 0.7));
  });

  describe('rule 12: risk caps', () => {
    it.each([
      ['octagam-10', 'itp', [1, 2, 3.3], '[OCT10c] ≤3.3'],
      ['panzyga', 'primary-immunodeficiency', [1, 2, 3.3], '[PAN2] ≤3.3'],
      ['bivigam', 'primary-immunodeficiency', [0.5, 1.3], '[BIV2] <2'],
    ] as const)('%s %s at risk steps %j %s', (productId, indication, rates, _source) => {
      const schedule = buildTitrationSchedule(
        request(productId, indication, { rateCap: riskCap(productId) }),
      );
      expect(schedule.steps.map((step) => step.mgPerKgMin)).toEqual(rates);
      expect(schedule.maxMgPerKgMin).toBe(rates.at(-1));
      expect(schedule.rateCap).toBeDefined();
    });

    it('keeps the product maximum when it is below the cap (Octagam 10% DM 4 < cap 12) [OCTDM]', () => {
      const cap: RateCap = { mgPerKgMin: 12, inclusive: false, reason: 'test', sources: [] };
      expect(
        buildTitrationSchedule(request('octagam-10', 'dermatomyositis', { rateCap: cap }))
          .maxMgPerKgMin,
      ).toBe(4);
    });

    it('refuses a cap below the initial rate', () => {
      const cap: RateCap = { mgPerKgMin: 0.5, inclusive: false, reason: 'test', sources: [] };
      expect(
        catchClinicalError(() =>
          buildTitrationSchedule(request('bivigam', 'primary-immunodeficiency', { rateCap: cap })),
        ).code,
      ).toBe('CLINICAL.INVALID_INPUT');
    });
  });

  describe('rules 10 and 18: start rate and observation', () => {
    it('starts an IG-naive patient at the initial rate and observes 60 min [HIZ2][PRV1]', () => {
      const schedule = buildTitrationSchedule(
        request('privigen', 'primary-immunodeficiency', { lastToleratedMgPerKgMin: 4 }),
      );
      expect(schedule.initialRateRequired).toBe(true);
      expect(schedule.steps[0]?.mgPerKgMin).toBe(0.5);
      expect(schedule.observationMinutes).toBe(60);
      expect(schedule.totalMinutes).toBe(schedule.infusionMinutes + 60);
    });

    it('starts a switch from Gamunex-C at the initial rate even with a tolerated rate [HIZ2]', () => {
      const history: InfusionHistory = { ...established, lastProductId: 'gamunex-c' };
      const schedule = buildTitrationSchedule(
        request('privigen', 'primary-immunodeficiency', { history, lastToleratedMgPerKgMin: 4 }),
      );
      expect(schedule.startReasons).toEqual(['BRAND_SWITCH']);
      expect(schedule.steps[0]?.mgPerKgMin).toBe(0.5);
    });

    it('starts a patient after a 57-day gap at the initial rate [PRV5]', () => {
      const history: InfusionHistory = {
        infusionDate: '2026-12-07',
        lastInfusionDate: '2026-10-11',
        lastProductId: 'privigen',
      };
      expect(
        buildTitrationSchedule(
          request('privigen', 'primary-immunodeficiency', { history, lastToleratedMgPerKgMin: 4 }),
        ).steps[0]?.mgPerKgMin,
      ).toBe(0.5);
    });

    it('resumes an established patient at the last tolerated rate and observes 20 min [PRV1]', () => {
      const schedule = buildTitrationSchedule(
        request('privigen', 'primary-immunodeficiency', {
          history: established,
          lastToleratedMgPerKgMin: 4,
        }),
      );
      expect(schedule.initialRateRequired).toBe(false);
      expect(schedule.startAtInitialRate).toBe(false);
      expect(schedule.steps.map((step) => step.mgPerKgMin)).toEqual([4, 8]);
      expect(schedule.steps[1]?.startMinute).toBe(30);
      expect(schedule.observationMinutes).toBe(20);
    });

    it('never resumes above the maximum (Privigen ITP 4) [PRV1]', () => {
      const schedule = buildTitrationSchedule(
        request('privigen', 'itp', { history: established, lastToleratedMgPerKgMin: 8 }),
      );
      expect(schedule.steps.map((step) => step.mgPerKgMin)).toEqual([4]);
    });

    it('starts an established patient without a tolerated rate at the initial rate [PRV1]', () => {
      const schedule = buildTitrationSchedule(
        request('privigen', 'primary-immunodeficiency', { history: established }),
      );
      expect(schedule.startAtInitialRate).toBe(true);
      expect(schedule.observationMinutes).toBe(20);
    });
  });

  it('uses the most conservative labeled rates off-label and says so (Privigen for GBS: max 4) [PRV1]', () => {
    const schedule = buildTitrationSchedule(request('privigen', 'guillain-barre'));
    expect(schedule.labeledProtocol).toBe(false);
    expect(schedule.maxMgPerKgMin).toBe(4);
  });

  it.each([
    [
      'an SC-only product IV [HIZ2]',
      request('hizentra', 'primary-immunodeficiency'),
      'CLINICAL.ROUTE_NOT_AVAILABLE',
    ],
    [
      'Octagam 5% without a maximum rate [OCT5]',
      request('octagam-5', 'primary-immunodeficiency'),
      'CLINICAL.NO_RATE_PROTOCOL',
    ],
    [
      'a weight of 0 kg',
      request('privigen', 'primary-immunodeficiency', { weightKg: 0 }),
      'CLINICAL.INVALID_WEIGHT',
    ],
    [
      'a dose of −1 g',
      request('privigen', 'primary-immunodeficiency', { doseGrams: -1 }),
      'CLINICAL.INVALID_DOSE',
    ],
  ])('rejects %s with %s', (_label, input, code) => {
    expect(catchClinicalError(() => buildTitrationSchedule(input)).code).toBe(code);
  });
});
