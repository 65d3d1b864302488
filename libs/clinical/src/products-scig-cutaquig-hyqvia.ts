import { type ImmuneGlobulinProduct } from './product-types';

// SC-only brands, part 2 (section 1c of the reference). Same conventions as products-ivig-takeda-csl.ts.

/** Cutaquig 16.5% (Octapharma): SC, maltose; PI. */
export const cutaquig: ImmuneGlobulinProduct = {
  id: 'cutaquig',
  brandName: 'Cutaquig',
  manufacturer: 'Octapharma',
  form: 'liquid',
  concentrationPercent: 16.5, // [CUT2]
  routes: ['SC'],
  therapy: 'SCIG',
  stabilizers: ['maltose'], // [CUT2]
  stabilizerDescription: 'contains maltose',
  containsSucrose: false,
  vials: [
    { grams: 1, ml: 6 },
    { grams: 1.65, ml: 10 },
    { grams: 2, ml: 12 },
    { grams: 3.3, ml: 20 },
    { grams: 4, ml: 24 },
    { grams: 8, ml: 48 },
  ], // [CUT2]
  storage: { description: 'unconfirmed' },
  hcpcs: { code: 'J1551', billingUnitMg: 100, sources: [], unconfirmed: true },
  labeledUses: [
    {
      indication: 'primary-immunodeficiency',
      route: 'SC',
      regimens: [],
      sources: ['CUT1', 'CUT2'],
    },
  ],
  scig: {
    conversion: { kind: 'weekly-factor', factor: 1.3, sources: ['CUT1'] }, // [CUT1]
    mlPerGram: 6, // [CUT2] grams × 6 = mL
    siteRules: [
      // Version (a) [CUT1]
      {
        label: 'adults, first 2 infusions',
        labelVersion: 'a',
        ageYears: { atLeast: 18 },
        infusionNumber: { atLeast: 1, below: 3 },
        mlPerHourPerSite: { min: 20, max: 20 },
        maxMlPerSite: 25,
        sources: ['CUT1'],
      },
      {
        label: 'adults, infusion 3 onward',
        labelVersion: 'a',
        ageYears: { atLeast: 18 },
        infusionNumber: { atLeast: 3 },
        mlPerHourPerSite: { min: 52, max: 52 },
        maxMlPerSite: 40,
        sources: ['CUT1'],
      },
      {
        label: 'children, first 2 infusions',
        labelVersion: 'a',
        ageYears: { below: 18 },
        infusionNumber: { atLeast: 1, below: 3 },
        mlPerHourPerSite: { min: 15, max: 15 },
        sources: ['CUT1'],
      },
      {
        label: 'children, infusion 3 onward',
        labelVersion: 'a',
        ageYears: { below: 18 },
        infusionNumber: { atLeast: 3 },
        mlPerHourPerSite: { min: 25, max: 25 },
        sources: ['CUT1'],
      },
      // Version (b) [CUT2]: all sites together 30 mL/h, rising to 50, 80, 100 mL/h.
      {
        label: 'first 6 infusions',
        labelVersion: 'b',
        infusionNumber: { atLeast: 1, below: 7 },
        mlPerHourPerSite: { min: 15, max: 20 },
        maxTotalMlPerHour: 100,
        sources: ['CUT2'],
      },
      {
        label: 'infusion 7 onward',
        labelVersion: 'b',
        infusionNumber: { atLeast: 7 },
        mlPerHourPerSite: { min: 25, max: 25 },
        maxTotalMlPerHour: 100,
        sources: ['CUT2'],
      },
    ],
    measlesExposureWeeklyMinMgPerKg: 245, // [CUT2]
  },
  unconfirmed: ['iga', 'storage', 'hcpcs'],
  sources: ['CUT1', 'CUT2'],
};

/** HyQvia (Takeda): 10% IG with recombinant hyaluronidase, facilitated SC; PI and CIDP maintenance. */
export const hyqvia: ImmuneGlobulinProduct = {
  id: 'hyqvia',
  brandName: 'HyQvia',
  manufacturer: 'Takeda',
  form: 'liquid',
  concentrationPercent: 10, // [MDS] IG vial; rHuPH20 160 U/mL in the HY vial
  routes: ['SC'],
  therapy: 'SCIG',
  facilitated: true,
  stabilizers: ['glycine', 'human-albumin'], // [HYQ4] IG vial glycine; HY vial human albumin
  stabilizerDescription: 'IG vial: glycine; HY vial contains human albumin',
  containsSucrose: false,
  iga: { microgramsPerMl: 37, basis: 'average' }, // unconfirmed; IG component as Gammagard Liquid
  vials: [{ grams: 2.5 }, { grams: 5 }, { grams: 10 }, { grams: 20 }, { grams: 30 }], // [HYQ4] unconfirmed
  storage: {
    description: '2–8 °C ≤36 months; ≤25 °C ≤3 months (unconfirmed)',
    refrigeratedMonths: 36, // [HYQ4] unconfirmed
    maxCelsius: 25,
    roomTemperatureMonths: 3, // [HYQ4] unconfirmed
  },
  hcpcs: { code: 'J1575', billingUnitMg: 100, sources: ['PRI'], note: 'per 100 mg of IG' },
  labeledUses: [
    {
      indication: 'primary-immunodeficiency',
      route: 'SC',
      regimens: [
        {
          phase: 'maintenance',
          cycleDoseMgPerKg: { min: 300, max: 600 }, // [HYQ1] new to IG or coming from SCIG
          intervalDays: { min: 21, max: 28 }, // [HYQ1]
          sources: ['HYQ1'],
          note: 'Coming from IVIG: same dose and interval as the prior IVIG after the ramp-up [HYQ1]',
        },
      ],
      sources: ['HYQ1', 'HYQ2'],
    },
    { indication: 'cidp', route: 'SC', regimens: [], sources: ['MMO'] },
  ],
  scig: {
    conversion: { kind: 'same-dose-ramp-up', sources: ['HYQ1'] },
    mlPerGram: 10, // 10% solution
    siteRules: [
      // mL/h per site in 10-minute steps, the last rate held to the end [HYQ1][HYQ2][HYQ4]
      {
        label: '≥40 kg, first 2 infusions',
        weightKg: { atLeast: 40 },
        infusionNumber: { atLeast: 1, below: 3 },
        stepMinutes: 10,
        stepRatesMlPerHourPerSite: [10, 30, 60, 120, 240],
        mlPerHourPerSite: { min: 10, max: 240 },
        sources: ['HYQ1', 'HYQ4'],
      },
      {
        label: '≥40 kg, later infusions',
        weightKg: { atLeast: 40 },
        infusionNumber: { atLeast: 3 },
        stepMinutes: 10,
        stepRatesMlPerHourPerSite: [10, 30, 120, 240, 300],
        mlPerHourPerSite: { min: 10, max: 300 },
        sources: ['HYQ1', 'HYQ4'],
      },
      {
        label: '<40 kg, first 2 infusions',
        weightKg: { below: 40 },
        infusionNumber: { atLeast: 1, below: 3 },
        stepMinutes: 10,
        stepRatesMlPerHourPerSite: [5, 10, 20, 40, 80],
        mlPerHourPerSite: { min: 5, max: 80 },
        sources: ['HYQ1', 'HYQ4'],
      },
      {
        label: '<40 kg, later infusions',
        weightKg: { below: 40 },
        infusionNumber: { atLeast: 3 },
        stepMinutes: 10,
        stepRatesMlPerHourPerSite: [10, 20, 40, 80, 160],
        mlPerHourPerSite: { min: 10, max: 160 },
        sources: ['HYQ1', 'HYQ4'],
      },
    ],
  },
  unconfirmed: ['iga', 'vials', 'storage'],
  sources: ['MDS', 'HYQ1', 'HYQ2', 'HYQ4', 'PRI'],
  notes: ['Give the HY (hyaluronidase) vial first, then the IG vial [HYQ1]'],
};
