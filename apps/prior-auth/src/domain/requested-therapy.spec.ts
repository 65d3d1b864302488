import { defaultClinicalSettings, rankProducts } from '@infuse/clinical';
import { ReferralAccepted } from '@infuse/contracts';
import {
  dosesStartingIn,
  planRequestedTherapy,
  type TherapyPlanRequest,
} from './requested-therapy';

const accepted = ReferralAccepted.example;
const SIX_AND_TWELVE = { initial: 6, reauthorization: 12 }; // rule 23 [PH1][PH2]

function request(change: Partial<TherapyPlanRequest> = {}): TherapyPlanRequest {
  return {
    order: accepted.order,
    patient: accepted.patient,
    offLabel: false,
    firstDoseDate: '2026-12-07',
    period: { start: '2026-12-07', kind: 'initial' },
    validityMonths: SIX_AND_TWELVE,
    today: '2026-11-21',
    ...change,
  };
}

function planned(change: Partial<TherapyPlanRequest> = {}) {
  const plan = planRequestedTherapy(request(change), defaultClinicalSettings);
  if (!plan.ok) throw new Error(plan.problem);
  return plan.therapy;
}

describe('planning what to ask the payer for', () => {
  it('asks for the prescribed Privigen (J1459) over 6 months: 7 doses of 35.6 g, 72 units each', () => {
    expect(planned()).toEqual({
      productId: expect.any(String),
      productName: 'Privigen',
      hcpcs: 'J1459',
      route: 'IV',
      doseGramsPerKg: 0.5,
      dosingWeightKg: 71.2,
      doseGrams: 35.6,
      // 35.6 g in 500 mg units is 71.2, and a partial unit is billed whole [ANB][PRI].
      unitsPerDose: 72,
      infusionDays: 1,
      intervalDays: 28,
      firstDoseDate: '2026-12-07',
      periodStart: '2026-12-07',
      periodEnd: '2027-06-06',
      // 7 Dec, 4 Jan, 1 Feb, 1 Mar, 29 Mar, 26 Apr, 24 May; the next, 21 Jun, is after the end.
      doses: 7,
      requestedUnits: 504,
    });
  });

  it('doses an obese patient on the adjusted body weight (rule 7)', () => {
    const therapy = planned({
      patient: { ...accepted.patient, weightKg: 120, heightCm: 165 },
      order: { ...accepted.order, doseGramsPerKg: 0.4 },
    });
    // IBW 45.5 + 2.3 × (64.96 − 60) = 56.9 kg; AdjBW 56.9 + 0.4 × (120 − 56.9) = 82.1 kg [NBA].
    // 32.84 g is dispensed as 35 g of Privigen vials (20 + 10 + 5, the closest total within the
    // tolerance, rule 8): 70 units of 500 mg, more than the dose's 66, so 70 a dose, 7 doses.
    expect(therapy).toMatchObject({
      dosingWeightKg: 82.1,
      doseGrams: 32.84,
      unitsPerDose: 70,
      requestedUnits: 490,
    });
  });

  it('bills SCIG in 100 mg units, every weekly dose of the period', () => {
    const therapy = planned({
      order: {
        ...accepted.order,
        therapy: 'SCIG',
        productPreference: 'Hizentra',
        doseGramsPerKg: 0.1,
        intervalDays: 7,
      },
      patient: { ...accepted.patient, weightKg: 70 },
    });
    expect(therapy).toMatchObject({
      hcpcs: 'J1559',
      route: 'SC',
      doseGrams: 7,
      unitsPerDose: 70,
      doses: 26,
    });
    expect(therapy.requestedUnits).toBe(1820);
  });

  it('takes the clinical ranking’s first product when the prescriber names none', () => {
    const therapy = planned({ order: { ...accepted.order, productPreference: undefined } });
    const ranking = rankProducts({
      patient: { ageYears: 47, conditions: [], bloodType: 'O+' },
      indication: 'primary-immunodeficiency',
      therapy: 'IVIG',
      courseDoseGramsPerKg: 0.5,
      history: { infusionDate: '2026-12-07' },
      allowOffLabel: false,
    });
    expect(therapy.productName).toBe(ranking.eligible[0]?.brandName);
  });

  it('renews for 12 months from the day after the approved period, keeping the dosing schedule', () => {
    const therapy = planned({ period: { start: '2027-06-07', kind: 'reauthorization' } });
    // From 21 Jun 2027 (cycle 7) to 9 May 2028 (cycle 19) of the schedule begun 7 Dec 2026.
    expect(therapy).toMatchObject({
      periodStart: '2027-06-07',
      periodEnd: '2028-06-06',
      doses: 13,
      requestedUnits: 936,
    });
  });

  it('asks for a corrected dose over a given period (an update)', () => {
    const therapy = planned({
      doseGramsPerKg: 0.6,
      period: { start: '2026-12-07', end: '2027-06-06' },
    });
    // 42.72 g is dispensed as 45 g (40 + 5): 90 units a dose, not the dose's 86.
    expect(therapy).toMatchObject({
      doseGramsPerKg: 0.6,
      doseGrams: 42.72,
      unitsPerDose: 90,
      requestedUnits: 630,
    });
  });

  it.each([
    [
      'a brand the catalogue does not know',
      { productBrand: 'Immunoblast' },
      'the prescribed product Immunoblast is not in the catalogue',
    ],
    [
      'an IV-only brand for a subcutaneous order',
      { order: { ...accepted.order, therapy: 'SCIG' as const, productPreference: 'Privigen' } },
      'Privigen is not given SC (SCIG)',
    ],
    [
      'a diagnosis no product is chosen for',
      { order: { ...accepted.order, productPreference: undefined, diagnosisCode: 'J45.909' } },
      'no product can be chosen for diagnosis J45.909',
    ],
  ])('says why it cannot plan %s', (_case, change: Partial<TherapyPlanRequest>, problem) => {
    expect(planRequestedTherapy(request(change), defaultClinicalSettings)).toEqual({
      ok: false,
      problem,
    });
  });
});

describe('dosesStartingIn', () => {
  it.each([
    ['the whole period', '2026-12-07', '2027-06-06', 7],
    ['a period starting between two doses', '2027-01-05', '2027-02-01', 1],
    ['a period before the first dose', '2026-11-01', '2026-12-06', 0],
    ['a period ending before it starts', '2027-01-05', '2027-01-04', 0],
  ])('counts doses over %s', (_case, start, end, doses) => {
    expect(dosesStartingIn('2026-12-07', { start, end }, 28, 2)).toBe(doses);
  });
});
