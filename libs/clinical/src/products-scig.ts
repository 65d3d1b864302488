import { type ImmuneGlobulinProduct } from './product-types';

// SC-only brands (section 1c of the reference). Same conventions as products-ivig-takeda-csl.ts.

/** Hizentra 20% (CSL Behring): SC; PI and CIDP maintenance. */
export const hizentra: ImmuneGlobulinProduct = {
  id: 'hizentra',
  brandName: 'Hizentra',
  manufacturer: 'CSL Behring',
  form: 'liquid',
  concentrationPercent: 20, // [HIZ3]
  routes: ['SC'],
  therapy: 'SCIG',
  stabilizers: ['l-proline', 'polysorbate-80'],
  stabilizerDescription: 'L-proline ~250 mmol/L + polysorbate 80', // [HIZ3]
  containsSucrose: false,
  iga: { microgramsPerMl: 50, basis: 'maximum' }, // [HIZ3]
  vials: [
    { grams: 1, ml: 5 },
    { grams: 2, ml: 10 },
    { grams: 4, ml: 20 },
    { grams: 10, ml: 50 },
  ], // [HIZ4] (secondary)
  storage: {
    description: '≤25 °C, do not refrigerate or freeze; shelf life up to 30 months (secondary)',
    maxCelsius: 25, // [HIZ5]
    shelfLifeMonths: 30, // [HIZ5] (secondary)
    doNotRefrigerate: true, // [HIZ5]
  },
  hcpcs: { code: 'J1559', billingUnitMg: 100, sources: ['PRI'] },
  hyperprolinemia: 'hard-stop', // [HIZ2] EU SmPC
  labeledUses: [
    {
      indication: 'primary-immunodeficiency',
      route: 'SC',
      regimens: [], // dose comes from the IVIG→SCIG conversion [HIZ1]
      sources: ['HIZ1'],
    },
    {
      indication: 'cidp',
      route: 'SC',
      regimens: [
        {
          phase: 'maintenance',
          cycleDoseMgPerKg: { min: 200, max: 400 }, // [MMO][IMIS] unconfirmed 0.2–0.4 g/kg/week
          intervalDays: { min: 7, max: 7 },
          sources: ['MMO', 'IMIS'],
          unconfirmed: true,
          note: 'Maintenance after IVIG stabilization only [MMO]',
        },
      ],
      sources: ['MMO', 'IMIS'],
    },
  ],
  scig: {
    // Current factor 1.37 [HIZ1]; an older label used 1.53 [HIZWEB].
    conversion: { kind: 'weekly-factor', factor: 1.37, sources: ['HIZ1'] },
    mlPerGram: 5, // 20% solution
    siteRules: [
      {
        label: '1st infusion',
        infusionNumber: { atLeast: 1, below: 2 },
        mlPerHourPerSite: { min: 15, max: 15 },
        maxMlPerSite: 15,
        sources: ['HIZ1', 'HIZ6'],
      },
      {
        label: 'infusions 2–4',
        infusionNumber: { atLeast: 2, below: 5 },
        mlPerHourPerSite: { min: 25, max: 25 },
        maxMlPerSite: 15,
        sources: ['HIZ1', 'HIZ6'],
      },
      {
        label: '5th infusion',
        infusionNumber: { atLeast: 5, below: 6 },
        mlPerHourPerSite: { min: 25, max: 25 },
        maxMlPerSite: 20,
        sources: ['HIZ1', 'HIZ6'],
      },
      // The current label may allow more (unconfirmed) [HIZ6].
      {
        label: '6th infusion onward',
        infusionNumber: { atLeast: 6 },
        mlPerHourPerSite: { min: 25, max: 25 },
        maxMlPerSite: 25,
        sources: ['HIZ1', 'HIZ6'],
      },
    ],
  },
  unconfirmed: [],
  sources: ['HIZ1', 'HIZ2', 'HIZ3', 'HIZ4', 'HIZ5', 'HIZ6', 'HIZWEB', 'PRI', 'MMO', 'IMIS'],
};

/** Cuvitru 20% (Takeda): SC; PI. */
export const cuvitru: ImmuneGlobulinProduct = {
  id: 'cuvitru',
  brandName: 'Cuvitru',
  manufacturer: 'Takeda',
  form: 'liquid',
  concentrationPercent: 20, // [CUV2]
  routes: ['SC'],
  therapy: 'SCIG',
  stabilizers: ['glycine'], // [CUV2] unconfirmed
  stabilizerDescription: 'glycine (unconfirmed)',
  containsSucrose: false,
  iga: { microgramsPerMl: 80, basis: 'average' }, // [CUV2] unconfirmed
  vials: [
    { grams: 1, ml: 5 },
    { grams: 2, ml: 10 },
    { grams: 4, ml: 20 },
    { grams: 8, ml: 40 },
    { grams: 10, ml: 50 }, // [CUV2] unconfirmed
  ], // [CUV2]
  storage: {
    description: '2–8 °C ≤36 months or ≤25 °C ≤24 months (unconfirmed)',
    refrigeratedMonths: 36, // [CUV2] unconfirmed
    maxCelsius: 25,
    roomTemperatureMonths: 24, // [CUV2] unconfirmed
  },
  hcpcs: { code: 'J1555', billingUnitMg: 100, sources: [], unconfirmed: true },
  labeledUses: [
    {
      indication: 'primary-immunodeficiency',
      route: 'SC',
      regimens: [],
      sources: ['CUV1', 'CUV2'],
    },
  ],
  scig: {
    // (IVIG or HyQvia g ÷ weeks) × 1.30; the same weekly dose when coming from another SCIG [CUV1]
    conversion: {
      kind: 'weekly-factor',
      factor: 1.3,
      fromScigFactor: 1,
      sources: ['CUV1', 'CUV2'],
    },
    mlPerGram: 5, // [CUV1] grams × 5 = mL
    siteRules: [
      {
        label: 'first 2 infusions, <40 kg',
        infusionNumber: { atLeast: 1, below: 3 },
        weightKg: { below: 40 },
        mlPerHourPerSite: { min: 10, max: 20 },
        maxMlPerSite: 20,
        maxSites: 4,
        maxTotalMlPerHour: 240,
        sources: ['CUV1', 'CUV2'],
      },
      {
        label: 'first 2 infusions, ≥40 kg',
        infusionNumber: { atLeast: 1, below: 3 },
        weightKg: { atLeast: 40 },
        mlPerHourPerSite: { min: 10, max: 20 },
        maxMlPerSite: 60,
        maxSites: 4,
        maxTotalMlPerHour: 240,
        sources: ['CUV1', 'CUV2'],
      },
      // Later infusions: only ceilings are given, so start and ceiling are the same.
      {
        label: 'infusion 3 onward',
        infusionNumber: { atLeast: 3 },
        mlPerHourPerSite: { min: 60, max: 60 },
        maxMlPerSite: 60,
        maxSites: 4,
        maxTotalMlPerHour: 240,
        sources: ['CUV1', 'CUV2'],
      },
    ],
  },
  unconfirmed: ['stabilizers', 'iga', 'vials', 'storage', 'hcpcs'],
  sources: ['CUV1', 'CUV2'],
};

/** Xembify 20% (Grifols): SC; PI. */
export const xembify: ImmuneGlobulinProduct = {
  id: 'xembify',
  brandName: 'Xembify',
  manufacturer: 'Grifols',
  form: 'liquid',
  concentrationPercent: 20, // [XEM2]
  routes: ['SC'],
  therapy: 'SCIG',
  stabilizers: ['glycine'], // [XEM2] unconfirmed
  stabilizerDescription: 'glycine (unconfirmed)',
  containsSucrose: false,
  iga: { microgramsPerMl: 160, basis: 'maximum' }, // [XEM2] EU SmPC; US value unconfirmed
  vials: [{ grams: 1 }, { grams: 2 }, { grams: 4 }, { grams: 10 }], // [XEM2]
  storage: {
    description: '2–8 °C; ≤25 °C up to 6 months (unconfirmed)',
    maxCelsius: 25,
    roomTemperatureMonths: 6, // [XEM2] unconfirmed
  },
  hcpcs: { code: 'J1558', billingUnitMg: 100, sources: [], unconfirmed: true },
  labeledUses: [
    {
      indication: 'primary-immunodeficiency',
      route: 'SC',
      minAgeYears: 2,
      regimens: [],
      sources: ['XEM1'],
    },
  ],
  scig: {
    conversion: {
      kind: 'weekly-factor',
      factor: 1.37,
      sources: ['XEM1', 'XEM3'],
      evidence: 'secondary',
    },
    mlPerGram: 5, // 20% solution
    firstTroughAfterDays: 35, // [XEM1] first trough as early as 5 weeks
    siteRules: [
      {
        label: 'age 2 to <10',
        ageYears: { atLeast: 2, below: 10 },
        mlPerHourPerSite: { min: 25, max: 25 },
        maxMlPerSite: 25,
        maxSites: 6,
        sources: ['XEM1', 'XEM3'],
      },
      {
        label: 'age ≥10 and adults',
        ageYears: { atLeast: 10 },
        mlPerHourPerSite: { min: 35, max: 35 },
        maxMlPerSite: 25,
        maxSites: 6,
        sources: ['XEM1', 'XEM3'],
      },
    ],
  },
  unconfirmed: ['stabilizers', 'iga', 'storage', 'hcpcs'],
  sources: ['XEM1', 'XEM2', 'XEM3'],
};
