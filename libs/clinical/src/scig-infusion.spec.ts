import { catchClinicalError } from './clinical-error.testing';
import { withClinicalSettings } from './clinical-settings';
import { type ScigInfusionRequest, planScigInfusion } from './scig-infusion';

const adult = (
  productId: string,
  doseGrams: number,
  infusionNumber: number,
  overrides: Partial<ScigInfusionRequest> = {},
): ScigInfusionRequest => ({
  productId,
  doseGrams,
  weightKg: 70,
  ageYears: 40,
  infusionNumber,
  ...overrides,
});

describe('SC infusion plan (section 1c)', () => {
  it.each([
    [1, 15, 15, '[HIZ1][HIZ6] 1st: 15 mL/h/site, ≤15 mL/site'],
    [3, 25, 15, '[HIZ1][HIZ6] 2–4: 25 mL/h/site, ≤15 mL/site'],
    [5, 25, 20, '[HIZ1][HIZ6] 5th: 25 mL/h/site, ≤20 mL/site'],
    [9, 25, 25, '[HIZ1][HIZ6] 6th on: 25 mL/h/site, ≤25 mL/site'],
  ])(
    'Hizentra infusion %i runs %i mL/h/site with ≤%i mL/site %s',
    (infusionNumber, rate, maxPerSite) => {
      const plan = planScigInfusion(adult('hizentra', 10, infusionNumber));
      expect(plan.maxMlPerHourPerSite).toBe(rate);
      expect(plan.maxMlPerSite).toBe(maxPerSite);
      expect(plan.volumeMl).toBe(10 * 5);
      expect(plan.sites).toBe(Math.ceil(50 / maxPerSite));
      expect(plan.infusionMinutes).toBe(Math.ceil((50 / (rate * plan.sites)) * 60));
    },
  );

  it.each([
    [70, 20, 30, 30, 240, '[GGL6] ≥40 kg'],
    [30, 15, 20, 20, 160, '[GGL6] <40 kg'],
  ])(
    'Gammagard SC at %i kg: %i→%i mL/h/site, ≤%i mL/site, ≤%i mL/h total, up to 8 sites %s',
    (weightKg, start, max, perSite, total) => {
      const plan = planScigInfusion(adult('gammagard-liquid', 10, 1, { weightKg }));
      expect(plan).toMatchObject({
        startMlPerHourPerSite: start,
        maxMlPerHourPerSite: max,
        maxMlPerSite: perSite,
        maxTotalMlPerHour: total,
        maxSites: 8,
      });
    },
  );

  it('caps Gammagard SC at 240 mL/h for all sites together [GGL1]', () => {
    const plan = planScigInfusion(adult('gammagard-liquid', 30, 4, { sites: 10 }));
    expect(plan.steps[0]?.mlPerHour).toBe(240);
    expect(plan.issues).toEqual(['TOO_MANY_SITES']);
  });

  it.each([
    [1, 70, 60, 20, '[CUV1] first 2 infusions, ≥40 kg: ≤60 mL/site'],
    [2, 30, 20, 20, '[CUV1] first 2 infusions, <40 kg: ≤20 mL/site'],
    [3, 70, 60, 60, '[CUV1] later: ≤60 mL/site, ≤60 mL/h/site'],
  ])(
    'Cuvitru infusion %i at %i kg: ≤%i mL/site, up to %i mL/h/site, 4 sites, 240 mL/h %s',
    (infusionNumber, weightKg, perSite, rate) => {
      const plan = planScigInfusion(adult('cuvitru', 12, infusionNumber, { weightKg }));
      expect(plan).toMatchObject({
        maxMlPerSite: perSite,
        maxMlPerHourPerSite: rate,
        maxSites: 4,
        maxTotalMlPerHour: 240,
      });
    },
  );

  it.each([
    [8, 25, '[XEM1] 2 to <10 y: 25 mL/h/site'],
    [10, 35, '[XEM1] ≥10 y: 35 mL/h/site'],
  ])('Xembify at age %i runs ≤%i mL/h/site, ≤25 mL/site, up to 6 sites %s', (ageYears, rate) => {
    expect(planScigInfusion(adult('xembify', 4, 1, { ageYears, weightKg: 30 }))).toMatchObject({
      maxMlPerHourPerSite: rate,
      maxMlPerSite: 25,
      maxSites: 6,
    });
  });

  it.each([
    [70, 40, 15, 20, 8, '[GMX2][MDS] ≥25 kg adult'],
    [30, 12, 15, 20, 6, '[GMX2][MDS] ≥25 kg child'],
    [20, 10, 10, 10, 6, '[GMX2][MDS] <25 kg child'],
    [20, 40, 10, 10, 8, '[GMX2][MDS] <25 kg adult'],
  ])(
    'Gamunex-C SC at %i kg, age %i: %i→%i mL/h/site, up to %i sites %s',
    (weightKg, ageYears, start, max, sites) => {
      const plan = planScigInfusion(adult('gamunex-c', 2, 1, { weightKg, ageYears }));
      expect(plan).toMatchObject({
        startMlPerHourPerSite: start,
        maxMlPerHourPerSite: max,
        maxSites: sites,
      });
    },
  );

  it('HyQvia ≥40 kg first infusion steps 10, 30, 60, 120, 240 mL/h/site every 10 min [HYQ1][HYQ4]', () => {
    const plan = planScigInfusion(adult('hyqvia', 30, 1, { sites: 1 }));
    expect(plan.steps.map((step) => [step.startMinute, step.mlPerHourPerSite])).toEqual([
      [0, 10],
      [10, 30],
      [20, 60],
      [30, 120],
      [40, 240],
    ]);
    const beforeLast = ((10 + 30 + 60 + 120) / 60) * 10;
    expect(plan.infusionMinutes).toBe(Math.ceil(40 + ((300 - beforeLast) / 240) * 60));
    expect(plan.steps[4]?.mgPerKgMin).toBeCloseTo((240 * 100) / (70 * 60), 2);
  });

  it.each([
    [70, 3, [10, 30, 120, 240, 300], '[HYQ4] ≥40 kg later'],
    [30, 1, [5, 10, 20, 40, 80], '[HYQ4] <40 kg first 2'],
    [30, 3, [10, 20, 40, 80, 160], '[HYQ4] <40 kg later'],
  ])('HyQvia at %i kg, infusion %i steps %j mL/h/site %s', (weightKg, infusionNumber, rates) => {
    const plan = planScigInfusion(adult('hyqvia', 30, infusionNumber, { weightKg, sites: 1 }));
    expect(plan.steps.map((step) => step.mlPerHourPerSite)).toEqual(rates);
  });

  it('stops the HyQvia steps early for a small dose', () => {
    const plan = planScigInfusion(adult('hyqvia', 0.5, 1, { sites: 1 }));
    expect(plan.steps.map((step) => step.mlPerHourPerSite)).toEqual([10, 30]);
  });

  it.each([
    ['a', 40, 1, 20, 25, '[CUT1] adults first 2: ≤20 mL/h/site, ≤25 mL/site'],
    ['a', 40, 3, 52, 40, '[CUT1] adults later: ≤52 mL/h/site, ≤40 mL/site'],
    ['a', 12, 1, 15, undefined, '[CUT1] children first 2: ≤15'],
    ['a', 12, 3, 25, undefined, '[CUT1] children later: ≤25'],
    ['b', 40, 6, 20, undefined, '[CUT2] first 6: 15–20'],
    ['b', 40, 7, 25, undefined, '[CUT2] then 25'],
  ] as const)(
    'Cutaquig label version %s, age %i, infusion %i: ≤%i mL/h/site %s',
    (version, ageYears, infusionNumber, rate, perSite, _source) => {
      const settings = withClinicalSettings({ cutaquigLabelVersion: version });
      const plan = planScigInfusion(adult('cutaquig', 4, infusionNumber, { ageYears }), settings);
      expect(plan.maxMlPerHourPerSite).toBe(rate);
      expect(plan.maxMlPerSite).toBe(perSite);
      expect(plan.volumeMl).toBe(4 * 6);
    },
  );

  it('flags too much volume per site when the nurse plans too few sites [HIZ1]', () => {
    expect(planScigInfusion(adult('hizentra', 10, 9, { sites: 1 })).issues).toEqual([
      'VOLUME_PER_SITE_EXCEEDED',
    ]);
  });

  it('estimates the worst case at the starting rate', () => {
    const plan = planScigInfusion(adult('gammagard-liquid', 3, 1, { sites: 1 }));
    expect(plan.infusionMinutesAtStartRate).toBe(Math.ceil((30 / 20) * 60));
    expect(plan.infusionMinutes).toBe(Math.ceil((30 / 30) * 60));
  });

  it.each([
    ['an IV-only product', adult('privigen', 10, 1), 'CLINICAL.NOT_SCIG_PRODUCT'],
    [
      'Xembify under age 2 [XEM1]',
      adult('xembify', 4, 1, { ageYears: 1 }),
      'CLINICAL.NO_RATE_PROTOCOL',
    ],
    ['infusion number 0', adult('hizentra', 10, 0), 'CLINICAL.INVALID_INPUT'],
    ['a dose of 0 g', adult('hizentra', 0, 1), 'CLINICAL.INVALID_DOSE'],
  ])('rejects %s with %s', (_label, request, code) => {
    expect(catchClinicalError(() => planScigInfusion(request)).code).toBe(code);
  });
});
