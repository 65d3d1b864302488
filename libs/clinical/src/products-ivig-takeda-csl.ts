import { type ImmuneGlobulinProduct, type LabeledUse } from './product-types';

// IVIG brands, part 1 (Takeda, CSL Behring). Every number cites its source
// key; a field listed in `unconfirmed` rests on a fact the reference marks unconfirmed, and the
// whole catalogue is a setting (ClinicalSettings.products) so a pharmacy can correct it.

/** Gammagard Liquid 10% (Takeda): IV, and SC for PI. */
export const gammagardLiquid: ImmuneGlobulinProduct = {
  id: 'gammagard-liquid',
  brandName: 'Gammagard Liquid',
  manufacturer: 'Takeda',
  form: 'liquid',
  concentrationPercent: 10, // [GGL3]
  routes: ['IV', 'SC'], // [HID][NUF1]
  therapy: 'IVIG',
  stabilizers: ['glycine'],
  stabilizerDescription: 'Glycine 0.25 M; no added sugar, sodium or preservative', // [GGL3]
  containsSucrose: false, // [GGL2]
  iga: { microgramsPerMl: 37, basis: 'average' }, // [GGL3]
  vials: [{ grams: 1 }, { grams: 2.5 }, { grams: 5 }, { grams: 10 }, { grams: 20 }, { grams: 30 }], // [EDW-GGL][PH1]
  storage: {
    description:
      '2–8 °C up to 36 months, or ≤25 °C up to 24 months (current FAQ; an older label allowed 9 months). Record the new expiry when moved to room temperature.',
    refrigeratedMonths: 36, // [GGL4]
    maxCelsius: 25, // [GGL4]
    roomTemperatureMonths: 24, // [GGL4] current FAQ; [EDW-GGL] older label said 9
  },
  hcpcs: {
    code: 'J1569',
    billingUnitMg: 500,
    sources: ['ANB', 'NOR1'],
    note: 'Also billed for SC use with the JB modifier [NOR1]',
  },
  labeledUses: [
    {
      indication: 'primary-immunodeficiency',
      route: 'IV',
      minAgeYears: 2, // [GGL1]
      regimens: [
        {
          phase: 'maintenance',
          cycleDoseMgPerKg: { min: 300, max: 600 }, // [GGL1]
          intervalDays: { min: 21, max: 28 }, // [GGL1] q3–4 wk
          sources: ['GGL1'],
        },
      ],
      ivRate: {
        // The label's figure is mL/kg/h, what the nurse programs into the pump; its mg/kg/min
        // figures are rounded conversions (0.5 mL/kg/h at 10% is 0.83, printed 0.8), so the
        // mL/kg/h figures govern the plan and the limits.
        initialMgPerKgMin: 0.8, // [GGL1] as printed
        initialMinutes: 30, // [GGL1]
        stepMinutes: 30, // [GGL1]
        increments: { kind: 'unspecified' },
        maxMgPerKgMin: 8, // [GGL1] as printed
        mlPerKgHour: { initial: 0.5, max: 5 }, // [GGL1]
        sources: ['GGL1'],
      },
      sources: ['GGL1'],
    },
    {
      indication: 'primary-immunodeficiency',
      route: 'SC',
      minAgeYears: 2, // [GGL1]
      regimens: [], // dose comes from the IVIG→SCIG conversion [GGL1]
      sources: ['GGL1', 'GGL6'],
    },
    {
      indication: 'multifocal-motor-neuropathy',
      route: 'IV',
      minAgeYears: 18, // adults [GGL5]
      regimens: [
        {
          phase: 'maintenance',
          cycleDoseMgPerKg: { min: 500, max: 2400 }, // [GGL5] 0.5–2.4 g/kg/month
          doseBasis: 'month',
          sources: ['GGL5'],
        },
      ],
      ivRate: {
        initialMgPerKgMin: 0.8, // [GGL1] as printed
        initialMinutes: 30, // [GGL1]
        stepMinutes: 30, // [GGL1]
        increments: { kind: 'unspecified' },
        maxMgPerKgMin: 9, // [GGL5] as printed
        mlPerKgHour: { initial: 0.5, max: 5.4 }, // [GGL1][GGL5]
        sources: ['GGL1', 'GGL5'],
      },
      sources: ['GGL5'],
    },
  ],
  scig: {
    conversion: { kind: 'weekly-factor', factor: 1.37, sources: ['GGL1'] }, // [GGL1]
    mlPerGram: 10, // 10% solution
    siteRules: [
      {
        label: '≥40 kg',
        weightKg: { atLeast: 40 },
        mlPerHourPerSite: { min: 20, max: 30 }, // [GGL6]
        maxMlPerSite: 30, // [GGL6]
        maxSites: 8, // [GGL1]
        maxTotalMlPerHour: 240, // [GGL1]
        sources: ['GGL1', 'GGL6'],
      },
      {
        label: '<40 kg',
        weightKg: { below: 40 },
        mlPerHourPerSite: { min: 15, max: 20 }, // [GGL6]
        maxMlPerSite: 20, // [GGL6]
        maxSites: 8, // [GGL1]
        maxTotalMlPerHour: 160, // [GGL1]
        sources: ['GGL1', 'GGL6'],
      },
    ],
  },
  unconfirmed: [],
  sources: ['GGL1', 'GGL3', 'GGL4', 'GGL5', 'GGL6', 'EDW-GGL', 'PH1', 'NOR1'],
};

/** Gammagard S/D (Takeda): lyophilized, the low-IgA option. */
export const gammagardSd: ImmuneGlobulinProduct = {
  id: 'gammagard-sd',
  brandName: 'Gammagard S/D',
  manufacturer: 'Takeda',
  form: 'lyophilized',
  concentrationPercent: 10, // reconstituted to 5% or 10% [NUF1]; rates below assume 10%
  routes: ['IV'],
  therapy: 'IVIG',
  stabilizers: ['glucose'], // [NUF1] unconfirmed
  stabilizerDescription: 'glucose (unconfirmed)',
  containsSucrose: false,
  iga: { microgramsPerMl: 1, basis: 'below' }, // [AAAAI] (secondary)
  vials: [{ grams: 5 }, { grams: 10 }], // [PH1]
  storage: { description: '≤25 °C (unconfirmed)', maxCelsius: 25 }, // [NUF1] unconfirmed
  hcpcs: {
    code: 'J1566',
    billingUnitMg: 500,
    sources: ['ANB', 'PRI'],
    note: 'Lyophilized NOS; Priority Health lists it under J1599, but the descriptor places it under J1566',
  },
  labeledUses: [], // the reference lists no US indication for Gammagard S/D
  unconfirmed: ['stabilizers', 'storage'],
  sources: ['NUF1', 'AAAAI', 'PH1'],
  notes: ['Reconstitute to 5% or 10%', 'Low-IgA option for IgA-deficient patients [AAAAI]'],
};

const privigenRates = (maxMgPerKgMin: number): LabeledUse['ivRate'] => ({
  initialMgPerKgMin: 0.5, // [PRV1] 0.005 mL/kg/min
  increments: { kind: 'unspecified' }, // "as tolerated" [PRV1]
  maxMgPerKgMin,
  sources: ['PRV1'],
});

/** Privigen 10% (CSL Behring): IV, L-proline. */
export const privigen: ImmuneGlobulinProduct = {
  id: 'privigen',
  brandName: 'Privigen',
  manufacturer: 'CSL Behring',
  form: 'liquid',
  concentrationPercent: 10, // [PRV2]
  routes: ['IV'],
  therapy: 'IVIG',
  stabilizers: ['l-proline'],
  stabilizerDescription: 'L-proline 250 mmol/L; no carbohydrate', // [PRV2][PRV3]
  containsSucrose: false, // [PRV3]
  iga: { microgramsPerMl: 25, basis: 'maximum' }, // [PRV2]
  vials: [{ grams: 5 }, { grams: 10 }, { grams: 20 }, { grams: 40 }], // [PRV3] NDC -05/-10/-20/-40
  storage: { description: '≤25 °C (shelf life unconfirmed)', maxCelsius: 25 }, // [PRV3]
  hcpcs: { code: 'J1459', billingUnitMg: 500, sources: ['ANB', 'PRI'] },
  hyperprolinemia: 'hard-stop', // [PRV2] Privigen US contraindication unconfirmed (rule 15: verify)
  labeledUses: [
    {
      indication: 'primary-immunodeficiency',
      route: 'IV',
      regimens: [
        {
          phase: 'maintenance',
          cycleDoseMgPerKg: { min: 200, max: 800 }, // [PRV1]
          intervalDays: { min: 21, max: 28 }, // [PRV1]
          sources: ['PRV1'],
        },
      ],
      ivRate: privigenRates(8), // [PRV1]
      sources: ['PRV1'],
    },
    {
      indication: 'itp',
      route: 'IV',
      regimens: [
        {
          phase: 'course',
          cycleDoseMgPerKg: { min: 2000, max: 2000 }, // [PRV1] 1 g/kg/day × 2 days
          infusionDays: { min: 2, max: 2 }, // [PRV1]
          sources: ['PRV1'],
        },
      ],
      ivRate: privigenRates(4), // [PRV1]
      sources: ['PRV1'],
    },
    {
      indication: 'cidp',
      route: 'IV',
      regimens: [
        {
          phase: 'loading',
          cycleDoseMgPerKg: { min: 2000, max: 2000 }, // [PRV1]
          infusionDays: { min: 2, max: 5 }, // [PRV1]
          sources: ['PRV1'],
        },
        {
          phase: 'maintenance',
          cycleDoseMgPerKg: { min: 1000, max: 1000 }, // [PRV1]
          infusionDays: { min: 1, max: 2 }, // [PRV1]
          intervalDays: { min: 21, max: 21 }, // [PRV1] q3 wk
          sources: ['PRV1'],
        },
      ],
      ivRate: privigenRates(8), // [PRV1]
      sources: ['PRV1'],
    },
  ],
  unconfirmed: ['storage', 'hyperprolinemia'],
  sources: ['PRV1', 'PRV2', 'PRV3', 'PRVISI'],
};
