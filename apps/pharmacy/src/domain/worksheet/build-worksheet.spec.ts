import { defaultClinicalSettings } from '@infuse/clinical';
import { ReferralAccepted } from '@infuse/contracts';
import { type AuthorizationGrant } from '../authorization-grant';
import { type ReferralCopy } from '../referral-copy';
import { buildWorksheet, computeWorksheet, type WorksheetInput } from './build-worksheet';

// The contract fixture's patient (shared/fixtures/referrals, as ReferralAccepted's example):
// 47-year-old woman, 168 cm, 71.2 kg, O+, no risk conditions; Privigen 0.5 g/kg every 28 days
// for CVID (D83.9) from 2026-12-07; BUN and creatinine drawn 2026-11-12.
function fixtureReferral(
  change: (copy: Mutable<ReferralCopy>) => void = () => undefined,
): ReferralCopy {
  const {
    referralId,
    patientId,
    offLabel,
    patient,
    prescriber,
    order,
    insurance,
    labs,
    documents,
  } = structuredClone(ReferralAccepted.example);
  const copy: Mutable<ReferralCopy> = {
    referralId,
    patientId,
    status: 'accepted',
    offLabel,
    patient,
    prescriber,
    order,
    insurance,
    labs,
    documents,
  };
  change(copy);
  return copy;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

const grant: AuthorizationGrant = {
  authorizationId: '7e3a9c10-4b2d-4f6e-8a1c-9d0b2e3f4a51',
  referralId: ReferralAccepted.example.referralId,
  patientId: ReferralAccepted.example.patientId,
  payerId: 'acme-health',
  kind: 'initial',
  authorizationNumber: 'AUTH-ACME-000184',
  periodStart: '2026-12-07',
  periodEnd: '2027-06-06',
  hcpcs: 'J1459',
  authorizedUnits: 432,
  decidedAt: '2026-11-21T15:41:08.000Z',
};

function input(change: Partial<WorksheetInput> = {}): WorksheetInput {
  return {
    referral: fixtureReferral(),
    productId: 'privigen',
    cycle: 1,
    administrationDates: ['2026-12-07'],
    authorization: { grant, usedUnits: 0 },
    referralsUrl: 'http://referrals.test',
    ...change,
  };
}

const worksheetFor = (change: Partial<WorksheetInput> = {}) =>
  buildWorksheet(input(change), defaultClinicalSettings);

describe('the verification worksheet', () => {
  describe('for the fixture patient, the numbers a pharmacist computes by hand', () => {
    const worksheet = worksheetFor();

    it('doses on actual weight: BMI 71.2 / 1.68² = 25.2 < 30 [DRO-WT]', () => {
      expect(worksheet.dosingWeight).toMatchObject({
        basis: 'actual',
        dosingWeightKg: 71.2,
        bmi: 25.2,
      });
    });

    it('gives 0.5 g/kg × 71.2 kg = 35.6 g over one day, inside Privigen’s 200–800 mg/kg [PRV1]', () => {
      expect(worksheet.dose).toMatchObject({
        cycleDoseGrams: 35.6,
        gramsPerInfusionDay: 35.6,
        infusionDays: 1,
        labeledRangeMgPerKg: { min: 200, max: 800 },
        withinLabeledRange: true,
      });
    });

    it('dispenses 20 + 10 + 5 g = 35 g (−1.7 %, within ±5 %), no waste, 70 units of J1459 [ANB]', () => {
      expect(worksheet.vials).toMatchObject({
        perInfusionDay: [
          { grams: 20, count: 1 },
          { grams: 10, count: 1 },
          { grams: 5, count: 1 },
        ],
        dispensedGramsPerInfusionDay: 35,
        deviationPercent: -1.7,
        wasteGramsPerInfusionDay: 0,
        withinTolerance: true,
      });
      expect(worksheet.billing).toMatchObject({ hcpcs: 'J1459', billingUnitMg: 500, units: 70 });
    });

    it('leaves 432 − 70 = 362 authorized units after this dose, nothing blocking release', () => {
      expect(worksheet.authorization).toMatchObject({
        authorizedUnits: 432,
        usedUnits: 0,
        remainingUnits: 432,
        remainingAfterThisDose: 362,
        releaseBlockers: [],
      });
    });

    it('titrates 0.5 → 1 → 2 → 4 → 8 mg/kg/min: 21.4, 42.7, 85.4, 170.9, 341.8 mL/h, 350 mL in 154 min', () => {
      expect(worksheet.infusionPlan?.steps.map((step) => step.mlPerHour)).toEqual([
        21.4, 42.7, 85.4, 170.9, 341.8,
      ]);
      expect(worksheet.infusionPlan).toMatchObject({
        maxMgPerKgMin: 8,
        totalVolumeMl: 350,
        infusionMinutes: 154,
      });
    });

    it('observes an IG-naive first dose 60 min and asks for BUN and creatinine before it', () => {
      expect(worksheet.observationMinutes).toBe(60);
      expect(worksheet.monitoring.map((task) => task.code)).toEqual([
        'RENAL_FUNCTION_BEFORE',
        'POST_INFUSION_OBSERVATION',
      ]);
    });

    it('finds one warning to acknowledge, and notes the rest', () => {
      const bySeverity = (severity: string) =>
        worksheet.findings.filter((finding) => finding.severity === severity).map((f) => f.code);
      expect(bySeverity('stop')).toEqual([]);
      expect(bySeverity('warn')).toEqual(['HIGH_REACTION_RISK']);
      expect(bySeverity('info')).toEqual(
        expect.arrayContaining(['TITRATION_STEP_RULE_LOCAL', 'MEASLES_EXPOSURE', 'LIVE_VACCINES']),
      );
    });

    it('opens the labs gate: BUN and creatinine 25 days old on 2026-12-07, within 30 [PH2][MMO]', () => {
      expect(worksheet.labs.passed).toBe(true);
      expect(worksheet.labs.present.find((lab) => lab.code === 'BUN')).toMatchObject({
        ageDays: 25,
        fresh: true,
      });
    });

    it('shows the measles plan: 400 mg/kg × 71.2 kg = 28.48 g within 6 days [PRV6]', () => {
      expect(worksheet.measlesExposure).toMatchObject({ extraDoseGrams: 28.48, withinDays: 6 });
    });

    it('links the referral and each of its documents in referrals', () => {
      expect(worksheet.links.referral).toBe(
        `http://referrals.test/v1/referrals/${ReferralAccepted.example.referralId}`,
      );
      expect(worksheet.links.documents).toHaveLength(4);
    });
  });

  it('starts Gammagard Liquid at 35 mL/h for 70 kg: the label’s 0.5 mL/kg/h, not 33.6 [GGL1]', () => {
    const worksheet = worksheetFor({
      productId: 'gammagard-liquid',
      referral: fixtureReferral((copy) => (copy.patient = { ...copy.patient, weightKg: 70 })),
    });
    expect(worksheet.infusionPlan?.steps[0]?.mlPerHour).toBe(35);
    expect(worksheet.findings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'PRESCRIBED_BRAND_CHANGED', severity: 'warn' }),
        expect.objectContaining({ code: 'HCPCS_NOT_AUTHORIZED', severity: 'info' }),
      ]),
    );
    expect(worksheet.authorization?.releaseBlockers.map((blocker) => blocker.code)).toEqual([
      'HCPCS_NOT_AUTHORIZED',
    ]);
  });

  it.each([
    [
      'prior anaphylaxis to immune globulin',
      ['prior_anaphylaxis_to_ig'],
      'PRIOR_ANAPHYLAXIS_TO_IG',
    ],
    [
      'IgA deficiency with antibodies and a history of hypersensitivity (rule 14)',
      ['iga_deficiency_with_antibodies', 'hypersensitivity_history'],
      'IGA_DEFICIENCY_WITH_ANTIBODIES_AND_HYPERSENSITIVITY',
    ],
  ] as const)('stops on %s', (_case, conditions, code) => {
    const worksheet = worksheetFor({
      referral: fixtureReferral(
        (copy) => (copy.patient = { ...copy.patient, conditions: [...conditions] }),
      ),
    });
    expect(worksheet.findings[0]).toMatchObject({ code, severity: 'stop' });
  });

  it('doses an obese patient on adjusted weight: 120 kg, 178 cm male → 91.9 kg [NBA]', () => {
    const worksheet = worksheetFor({
      referral: fixtureReferral(
        (copy) => (copy.patient = { ...copy.patient, weightKg: 120, heightCm: 178, sex: 'male' }),
      ),
    });
    expect(worksheet.dosingWeight).toMatchObject({
      basis: 'adjusted',
      dosingWeightKg: 91.9,
      idealKg: 73.2,
    });
    expect(worksheet.dose.cycleDoseGrams).toBe(45.95);
  });

  it('computes a small child’s worksheet on actual weight, where Devine gives no ideal weight', () => {
    const worksheet = worksheetFor({
      referral: fixtureReferral((copy) => {
        copy.patient = { ...copy.patient, dateOfBirth: '2023-06-01', weightKg: 14, heightCm: 95 };
      }),
    });
    expect(worksheet.dosingWeight).toMatchObject({
      basis: 'actual',
      dosingWeightKg: 14,
      idealKg: null,
    });
    expect(worksheet.dose.cycleDoseGrams).toBe(7);
  });

  it('plans a 2 g/kg CIDP loading course over 5 days with hemolysis labs 36–96 h after [PRV4]', () => {
    const worksheet = worksheetFor({
      referral: fixtureReferral((copy) => {
        copy.order = {
          ...copy.order,
          diagnosisCode: 'G61.81',
          doseGramsPerKg: 2,
          infusionDays: 5,
          intervalDays: 21,
        };
      }),
      administrationDates: ['2026-12-07', '2026-12-08', '2026-12-09', '2026-12-10', '2026-12-11'],
    });
    expect(worksheet.dose).toMatchObject({ phase: 'loading', gramsPerInfusionDay: 28.48 });
    expect(worksheet.monitoring).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          code: 'HEMOLYSIS_HGB_HCT_AFTER',
          windowHoursAfterEnd: { min: 36, max: 96 },
        }),
      ]),
    );
  });

  it('plans an SC dose by site for an SCIG order: Hizentra, first infusion at 15 mL/h a site [HIZ1]', () => {
    const worksheet = worksheetFor({
      productId: 'hizentra',
      referral: fixtureReferral((copy) => {
        copy.order = {
          ...copy.order,
          therapy: 'SCIG',
          productPreference: 'Hizentra',
          doseGramsPerKg: 0.14,
          intervalDays: 7,
        };
      }),
      authorization: { grant: { ...grant, hcpcs: 'J1559', authorizedUnits: 3000 }, usedUnits: 0 },
    });
    expect(worksheet.route).toBe('SC');
    expect(worksheet.infusionPlan).toMatchObject({ route: 'SC', maxMlPerHour: 15 });
    expect(worksheet.billing).toMatchObject({ hcpcs: 'J1559', billingUnitMg: 100 });
    expect(worksheet.findings.map((finding) => finding.code)).toContain('IGG_TROUGH_RECHECK');
  });

  it('warns on a diagnosis the reference does not list, and checks no dose range for it', () => {
    const worksheet = worksheetFor({
      referral: fixtureReferral(
        (copy) => (copy.order = { ...copy.order, diagnosisCode: 'C91.10' }),
      ),
    });
    expect(worksheet.indication).toMatchObject({ mapped: false, offLabel: true });
    expect(worksheet.findings.filter((f) => f.severity === 'warn').map((f) => f.code)).toEqual(
      expect.arrayContaining(['DIAGNOSIS_NOT_IN_REFERENCE', 'OFF_LABEL', 'NO_REFERENCE_REGIMEN']),
    );
  });

  it('says why it cannot compute, rather than throwing, for a product with no vial sizes', () => {
    const result = computeWorksheet(input({ productId: 'octagam-5' }), defaultClinicalSettings);
    expect(result).toMatchObject({ ok: false, problem: { code: 'CLINICAL.NO_VIAL_SIZES' } });
  });

  it('shows the units other doses used, and blocks what would exceed them', () => {
    const worksheet = worksheetFor({ authorization: { grant, usedUnits: 400 } });
    expect(worksheet.authorization).toMatchObject({
      remainingUnits: 32,
      remainingAfterThisDose: -38,
    });
    expect(worksheet.authorization?.releaseBlockers.map((blocker) => blocker.code)).toEqual([
      'EXCEEDS_AUTHORIZED_UNITS',
    ]);
  });
});
