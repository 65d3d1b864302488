import { catchClinicalError } from './clinical-error.testing';
import { withClinicalSettings } from './clinical-settings';
import { type RegimenIssueCode, type RegimenRequest, planRegimen } from './regimen-planning';

const errorCodes = (request: RegimenRequest): RegimenIssueCode[] =>
  planRegimen(request)
    .issues.filter((issue) => issue.severity === 'error')
    .map((issue) => issue.code);
const warningCodes = (request: RegimenRequest): RegimenIssueCode[] =>
  planRegimen(request)
    .issues.filter((issue) => issue.severity === 'warning')
    .map((issue) => issue.code);

const pi = (productId: string, doseGramsPerKg: number, intervalDays = 28): RegimenRequest => ({
  productId,
  indication: 'primary-immunodeficiency',
  dosingWeightKg: 70,
  doseGramsPerKg,
  infusionDays: 1,
  intervalDays,
});

describe('regimen planning', () => {
  describe('rule 1: PI IVIG 300–800 mg/kg q3–4 wk, within the product window', () => {
    it.each([
      ['privigen', 0.4, 70, '[PRV1]'],
      ['gammagard-liquid', 0.6, 70, '[GGL1]'],
      ['bivigam', 0.8, 55, '[BIV1]'],
      ['privigen', 0.5, 71.2, '[PRV1] referral patient'],
    ])('PI maintenance %s %d g/kg for %d kg is g/kg × kg %s', (productId, dose, kg) => {
      const plan = planRegimen({ ...pi(productId, dose), dosingWeightKg: kg });
      expect(plan.cycleDoseGrams).toBeCloseTo(dose * kg, 3);
      expect(plan.gramsPerInfusionDay).toBeCloseTo(dose * kg, 3);
      expect(plan.withinLabeledRange).toBe(true);
      expect(plan.regimenSource).toBe('product-label');
    });

    it('PI maintenance 0.4 g/kg for 70 kg is 28 g [PRV1]', () => {
      expect(planRegimen(pi('privigen', 0.4)).cycleDoseGrams).toBe(28);
    });

    it.each([
      ['gammagard-liquid', 0.25, 'DOSE_BELOW_LABELED_RANGE', '300–600 [GGL1]'],
      ['gammagard-liquid', 0.7, 'DOSE_ABOVE_LABELED_RANGE', '300–600 [GGL1]'],
      ['gamunex-c', 0.7, 'DOSE_ABOVE_LABELED_RANGE', '300–600 [GMX1]'],
      ['panzyga', 0.65, 'DOSE_ABOVE_LABELED_RANGE', '300–600 [PAN1]'],
      ['privigen', 0.15, 'DOSE_BELOW_LABELED_RANGE', '200–800 [PRV1]'],
      ['privigen', 0.85, 'DOSE_ABOVE_LABELED_RANGE', '200–800 [PRV1]'],
      ['bivigam', 0.9, 'DOSE_ABOVE_LABELED_RANGE', '300–800 [BIV1]'],
      ['asceniv', 0.25, 'DOSE_BELOW_LABELED_RANGE', '300–800 [ASC1]'],
      ['gammaplex-10', 0.85, 'DOSE_ABOVE_LABELED_RANGE', '300–800 [GPX2]'],
    ] as const)('%s at %d g/kg is %s (product window %s)', (productId, dose, code, _window) => {
      expect(errorCodes(pi(productId, dose))).toEqual([code]);
    });

    it.each([
      ['privigen', 0.25, '[PRV1] 200–800'],
      ['bivigam', 0.7, '[BIV1] 300–800'],
      ['asceniv', 0.8, '[ASC1] 300–800'],
    ])('%s at %d g/kg is inside its own window %s', (productId, dose) => {
      expect(planRegimen(pi(productId, dose)).withinLabeledRange).toBe(true);
    });

    it.each([
      [21, true],
      [28, true],
      [14, false],
      [35, false],
    ])('PI interval %i days within 21–28: %s [GGL1][PRV1]', (intervalDays, ok) => {
      expect(planRegimen(pi('privigen', 0.4, intervalDays)).withinLabeledRange).toBe(ok);
    });

    it('requires the repeat interval of a maintenance regimen [PRV1]', () => {
      const request: RegimenRequest = { ...pi('privigen', 0.4), intervalDays: undefined };
      expect(errorCodes(request)).toEqual(['INTERVAL_MISSING']);
    });

    it('checks an unconfirmed product window and says so (Octagam 5% 300–600 [OCT5])', () => {
      expect(warningCodes(pi('octagam-5', 0.4))).toContain('UNCONFIRMED_REGIMEN');
      expect(planRegimen(pi('octagam-5', 0.4)).withinLabeledRange).toBe(true);
    });
  });

  describe('rule 2: CIDP', () => {
    const cidp = (
      productId: string,
      phase: 'loading' | 'maintenance',
      dose: number,
      infusionDays: number,
      intervalDays?: number,
    ): RegimenRequest => ({
      productId,
      indication: 'cidp',
      phase,
      dosingWeightKg: 70,
      doseGramsPerKg: dose,
      infusionDays,
      ...(intervalDays !== undefined ? { intervalDays } : {}),
    });

    it.each([
      ['privigen', 2, '[PRV1]'],
      ['privigen', 5, '[PRV1]'],
      ['gamunex-c', 4, '[GMX4]'],
      ['panzyga', 2, '[PAN1]'],
    ])('%s loading 2 g/kg over %i days for 70 kg is 140 g in equal days %s', (productId, days) => {
      const plan = planRegimen(cidp(productId, 'loading', 2, days));
      expect(plan.cycleDoseGrams).toBe(2 * 70);
      expect(plan.gramsPerInfusionDay).toBeCloseTo((2 * 70) / days, 3);
      expect(plan.withinLabeledRange).toBe(true);
    });

    it.each([
      ['privigen', 6, '2–5 [PRV1]'],
      ['gamunex-c', 5, '≤4 [GMX4]'],
      ['panzyga', 3, '2 [PAN1]'],
    ])('%s loading over %i days is outside %s', (productId, days) => {
      expect(errorCodes(cidp(productId, 'loading', 2, days))).toEqual([
        'INFUSION_DAYS_OUTSIDE_LABELED_RANGE',
      ]);
    });

    it.each([
      ['privigen', 1, 1, 21, true, '[PRV1]'],
      ['privigen', 1, 2, 21, true, '[PRV1]'],
      ['gamunex-c', 1, 2, 21, true, '[GMX4] 0.5 g/kg × 2 days'],
      ['panzyga', 2, 1, 21, true, '[PAN1] up to 2 g/kg'],
      ['privigen', 1, 1, 28, false, '[PRV1] every 21 days'],
      ['privigen', 1.5, 1, 21, false, '[PRV1] 1 g/kg'],
    ])(
      '%s maintenance %d g/kg over %i day(s) every %i days: %s %s',
      (productId, dose, days, interval, ok) => {
        expect(
          planRegimen(cidp(productId, 'maintenance', dose, days, interval)).withinLabeledRange,
        ).toBe(ok);
      },
    );

    it('needs the phase, since CIDP has loading and maintenance [PRV1]', () => {
      expect(
        catchClinicalError(() =>
          planRegimen({
            productId: 'privigen',
            indication: 'cidp',
            dosingWeightKg: 70,
            doseGramsPerKg: 2,
            infusionDays: 2,
          }),
        ).code,
      ).toBe('CLINICAL.PHASE_REQUIRED');
    });

    it('checks Hizentra SC maintenance 0.2–0.4 g/kg weekly, an unconfirmed range [MMO][IMIS]', () => {
      const plan = planRegimen({ ...cidp('hizentra', 'maintenance', 0.3, 1, 7), route: 'SC' });
      expect(plan.withinLabeledRange).toBe(true);
      expect(plan.issues.map((issue) => issue.code)).toContain('UNCONFIRMED_REGIMEN');
      expect(errorCodes({ ...cidp('hizentra', 'maintenance', 0.5, 1, 7), route: 'SC' })).toEqual([
        'DOSE_ABOVE_LABELED_RANGE',
      ]);
    });
  });

  describe('rule 3: ITP', () => {
    it('1 g/kg/day × 2 days is 2 g/kg in total: 70 kg gets 70 g a day [PRV1][OCT10b][PAN1]', () => {
      const plan = planRegimen({
        productId: 'octagam-10',
        indication: 'itp',
        dosingWeightKg: 70,
        doseGramsPerKg: 1,
        doseBasis: 'day',
        infusionDays: 2,
      });
      expect(plan.cycleDoseMgPerKg).toBe(2000);
      expect(plan.gramsPerInfusionDay).toBe(1 * 70);
      expect(plan.withinLabeledRange).toBe(true);
    });

    it('Gamunex-C 0.4 g/kg/day × 5 days is labeled [GMX4]', () => {
      const plan = planRegimen({
        productId: 'gamunex-c',
        indication: 'itp',
        dosingWeightKg: 70,
        doseGramsPerKg: 0.4,
        doseBasis: 'day',
        infusionDays: 5,
      });
      expect(plan.gramsPerInfusionDay).toBe(0.4 * 70);
      expect(plan.withinLabeledRange).toBe(true);
    });

    it('Privigen 0.4 g/kg/day × 5 days is not its ITP regimen [PRV1]', () => {
      expect(
        errorCodes({
          productId: 'privigen',
          indication: 'itp',
          dosingWeightKg: 70,
          doseGramsPerKg: 0.4,
          doseBasis: 'day',
          infusionDays: 5,
        }),
      ).toEqual(['INFUSION_DAYS_OUTSIDE_LABELED_RANGE']);
    });

    it('uses the ITP guideline for a labeled product whose label gives no dose (Gammaplex 10% [GPX2])', () => {
      const plan = planRegimen({
        productId: 'gammaplex-10',
        indication: 'itp',
        dosingWeightKg: 70,
        doseGramsPerKg: 2,
        infusionDays: 2,
      });
      expect(plan.regimenSource).toBe('indication-guideline');
      expect(plan.labeled).toBe(true);
      expect(plan.withinLabeledRange).toBe(true);
    });
  });

  describe('rule 4: Kawasaki 2 g/kg as one infusion over 10–12 h', () => {
    const kawasaki: RegimenRequest = {
      productId: 'privigen',
      indication: 'kawasaki',
      dosingWeightKg: 18,
      doseGramsPerKg: 2,
      infusionDays: 1,
      startDate: '2026-06-12',
    };

    it('2 g/kg for 18 kg is 36 g in one day, over 10–12 h [AHA1][PEM]', () => {
      const plan = planRegimen(kawasaki);
      expect(plan.cycleDoseGrams).toBe(2 * 18);
      expect(plan.regimen?.infusionHours).toEqual({ min: 10, max: 12 });
      expect(plan.regimenSource).toBe('indication-guideline');
      expect(plan.issues.map((issue) => issue.code)).toContain('OFF_LABEL');
    });

    it.each([
      ['2026-06-02', true, '10 days before: no flag'],
      ['2026-06-01', false, '11 days before: flagged'],
    ])('fever onset %s (%s) [AHA1]', (feverOnsetDate, noFlag) => {
      const codes = warningCodes({ ...kawasaki, feverOnsetDate });
      expect(codes.includes('KAWASAKI_FEVER_OVER_10_DAYS')).toBe(!noFlag);
    });

    it('rejects a split Kawasaki dose [AHA1]', () => {
      expect(errorCodes({ ...kawasaki, infusionDays: 2 })).toEqual([
        'INFUSION_DAYS_OUTSIDE_LABELED_RANGE',
      ]);
    });
  });

  describe('rule 5: GBS, MG, MMN, DM', () => {
    it('GBS 0.4 g/kg/day × 5 days: 70 kg gets 28 g a day [GBS]', () => {
      const plan = planRegimen({
        productId: 'privigen',
        indication: 'guillain-barre',
        dosingWeightKg: 70,
        doseGramsPerKg: 0.4,
        doseBasis: 'day',
        infusionDays: 5,
      });
      expect(plan.gramsPerInfusionDay).toBe(0.4 * 70);
      expect(plan.withinLabeledRange).toBe(true);
    });

    it.each([
      [2, true],
      [5, true],
      [1, false],
      [6, false],
    ])('MG 2 g/kg over %i days within 2–5: %s [ONT-MG]', (days, ok) => {
      const plan = planRegimen({
        productId: 'gamunex-c',
        indication: 'myasthenia-gravis',
        dosingWeightKg: 70,
        doseGramsPerKg: 2,
        infusionDays: days,
      });
      expect(plan.withinLabeledRange).toBe(ok);
    });

    it.each([
      [1, 14, true, '1 g/kg q2 wk = 2 g/kg per month'],
      [2.4, 28, true, '2.4 g/kg q4 wk'],
      [1.5, 14, false, '1.5 g/kg q2 wk = 3 g/kg per month'],
      [0.2, 28, false, '0.2 g/kg per month'],
    ])('MMN Gammagard %d g/kg every %i days: %s (%s) [GGL5]', (dose, intervalDays, ok) => {
      const plan = planRegimen({
        productId: 'gammagard-liquid',
        indication: 'multifocal-motor-neuropathy',
        dosingWeightKg: 70,
        doseGramsPerKg: dose,
        infusionDays: 1,
        intervalDays,
      });
      expect(plan.withinLabeledRange).toBe(ok);
    });

    it('MMN without an interval compares the cycle dose with the monthly range [GGL5]', () => {
      const plan = planRegimen({
        productId: 'gammagard-liquid',
        indication: 'multifocal-motor-neuropathy',
        dosingWeightKg: 70,
        doseGramsPerKg: 2,
        infusionDays: 2,
      });
      expect(plan.withinLabeledRange).toBe(true);
    });

    it.each([
      [2, 28, true],
      [5, 28, true],
      [2, 21, false],
      [6, 28, false],
    ])('DM Octagam 10% 2 g/kg over %i days every %i days: %s [OCTDM]', (days, intervalDays, ok) => {
      const plan = planRegimen({
        productId: 'octagam-10',
        indication: 'dermatomyositis',
        dosingWeightKg: 70,
        doseGramsPerKg: 2,
        infusionDays: days,
        intervalDays,
      });
      expect(plan.withinLabeledRange).toBe(ok);
    });
  });

  describe('label, route and safety notes', () => {
    it('warns below the labeled age (Octagam 10% ITP adults [OCT10b])', () => {
      const codes = warningCodes({
        productId: 'octagam-10',
        indication: 'itp',
        dosingWeightKg: 40,
        doseGramsPerKg: 2,
        infusionDays: 2,
        patientAgeYears: 15,
      });
      expect(codes).toContain('BELOW_LABELED_AGE');
    });

    it('has no reference range for an SC PI dose (it comes from the conversion) [HIZ1]', () => {
      const plan = planRegimen({
        productId: 'hizentra',
        indication: 'primary-immunodeficiency',
        dosingWeightKg: 70,
        doseGramsPerKg: 0.137,
        infusionDays: 1,
        intervalDays: 7,
      });
      expect(plan.regimenSource).toBe('none');
      expect(plan.issues.map((issue) => issue.code)).toEqual(['NO_REFERENCE_REGIMEN']);
      expect(plan.phase).toBe('maintenance');
    });

    it('has no reference regimen for secondary immunodeficiency [MMO]', () => {
      const plan = planRegimen({
        productId: 'privigen',
        indication: 'secondary-immunodeficiency',
        dosingWeightKg: 70,
        doseGramsPerKg: 0.4,
        infusionDays: 1,
        intervalDays: 28,
      });
      expect(plan.issues.map((issue) => issue.code)).toEqual(['OFF_LABEL', 'NO_REFERENCE_REGIMEN']);
    });

    it('warns when a day exceeds 80 g (section 2c, unconfirmed setting)', () => {
      const request: RegimenRequest = {
        productId: 'privigen',
        indication: 'cidp',
        phase: 'loading',
        dosingWeightKg: 90,
        doseGramsPerKg: 2,
        infusionDays: 2,
      };
      expect(warningCodes(request)).toContain('LARGE_DAILY_DOSE');
      expect(warningCodes({ ...request, infusionDays: 3 })).not.toContain('LARGE_DAILY_DOSE');
      const relaxed = withClinicalSettings({ largeDailyDoseGrams: 100 });
      expect(planRegimen(request, relaxed).issues.map((issue) => issue.code)).not.toContain(
        'LARGE_DAILY_DOSE',
      );
    });

    it('lists the consecutive infusion dates and the next cycle: DM 3 days q28 [OCTDM]', () => {
      const plan = planRegimen({
        productId: 'octagam-10',
        indication: 'dermatomyositis',
        dosingWeightKg: 70,
        doseGramsPerKg: 2,
        infusionDays: 3,
        intervalDays: 28,
        startDate: '2026-12-30',
      });
      expect(plan.infusionDates).toEqual(['2026-12-30', '2026-12-31', '2027-01-01']);
      expect(plan.nextCycleStartDate).toBe('2027-01-27');
    });

    it('refuses a route the product does not have', () => {
      expect(
        catchClinicalError(() => planRegimen({ ...pi('privigen', 0.4), route: 'SC' })).code,
      ).toBe('CLINICAL.ROUTE_NOT_AVAILABLE');
    });

    it.each([
      [{ dosingWeightKg: -70 }, 'CLINICAL.INVALID_WEIGHT'],
      [{ doseGramsPerKg: 0 }, 'CLINICAL.INVALID_DOSE'],
      [{ infusionDays: 1.5 }, 'CLINICAL.INVALID_INPUT'],
      [{ intervalDays: 0 }, 'CLINICAL.INVALID_INTERVAL'],
      [{ productId: 'carimune-nf' }, 'CLINICAL.UNKNOWN_PRODUCT'],
    ])('rejects %j with %s', (override, code) => {
      expect(
        catchClinicalError(() => planRegimen({ ...pi('privigen', 0.4), ...override })).code,
      ).toBe(code);
    });
  });
});
