import { type ImmuneGlobulinProduct, type LabeledUse } from './product-types';

// IVIG brands, part 2 (Octapharma, Grifols). Every number cites its source
// key; a field listed in `unconfirmed` rests on a fact the reference marks unconfirmed, and the
// whole catalogue is a setting (ClinicalSettings.products) so a pharmacy can correct it.

/** Octagam 5% (Octapharma): IV, maltose. */
export const octagam5: ImmuneGlobulinProduct = {
  id: 'octagam-5',
  brandName: 'Octagam 5%',
  manufacturer: 'Octapharma',
  form: 'liquid',
  concentrationPercent: 5, // [OCT5]
  routes: ['IV'],
  therapy: 'IVIG',
  stabilizers: ['maltose'],
  stabilizerDescription: 'Maltose 100 mg/mL', // [OCT5]
  containsSucrose: false, // [OCTISI]
  iga: { microgramsPerMl: 200, basis: 'maximum' }, // [OCT5]
  vials: [], // the reference gives no vial sizes (unconfirmed)
  storage: { description: '2–25 °C; shelf life 24 months', maxCelsius: 25, shelfLifeMonths: 24 }, // [OCT5]
  hcpcs: { code: 'J1568', billingUnitMg: 500, sources: ['ANB'] },
  labeledUses: [
    {
      indication: 'primary-immunodeficiency',
      route: 'IV',
      regimens: [
        {
          phase: 'maintenance',
          cycleDoseMgPerKg: { min: 300, max: 600 }, // [OCT5] unconfirmed
          sources: ['OCT5'],
          unconfirmed: true,
        },
      ],
      ivRate: {
        initialMgPerKgMin: 0.5, // [OCT5]
        increments: { kind: 'unspecified' }, // [OCT5] titration unconfirmed
        // no maximum rate: the reference marks it unconfirmed and gives no value
        sources: ['OCT5'],
        unconfirmed: true,
      },
      sources: ['OCT5'],
      unconfirmed: true,
    },
  ],
  unconfirmed: ['vials', 'labeledUses'],
  sources: ['OCT5', 'OCTISI'],
};

const octagam10Rates = (maxMgPerKgMin: number): LabeledUse['ivRate'] => ({
  initialMgPerKgMin: 1, // [OCT10b] 0.01 mL/kg/min
  initialMinutes: 30, // [OCT10b]
  stepMinutes: 30, // [OCT10b]
  increments: { kind: 'listed', ratesMgPerKgMin: [2, 4, 8] }, // [OCT10b]
  maxMgPerKgMin,
  sources: ['OCT10', 'OCT10b'],
});

/** Octagam 10% (Octapharma): IV, maltose; chronic ITP and dermatomyositis in adults. */
export const octagam10: ImmuneGlobulinProduct = {
  id: 'octagam-10',
  brandName: 'Octagam 10%',
  manufacturer: 'Octapharma',
  form: 'liquid',
  concentrationPercent: 10, // [OCT10]
  routes: ['IV'],
  therapy: 'IVIG',
  stabilizers: ['maltose'],
  stabilizerDescription: 'Maltose 90 mg/mL', // [OCT10]
  containsSucrose: false, // [OCTISI]
  iga: { microgramsPerMl: 106, basis: 'average' }, // [OCT10]
  vials: [{ grams: 2 }, { grams: 5 }, { grams: 10 }, { grams: 20 }, { grams: 30 }], // [OCT10]
  storage: {
    description:
      '2–8 °C for 36 months; within shelf life may be kept ≤25 °C up to 9 months, then used or discarded (one distributor says 24 months).',
    refrigeratedMonths: 36, // [OCT10c]
    maxCelsius: 25, // [OCT10c]
    roomTemperatureMonths: 9, // [OCT10c] (rule 19)
  },
  hcpcs: { code: 'J1568', billingUnitMg: 500, sources: ['ANB'] },
  riskRateCap: { mgPerKgMin: 3.3, inclusive: true, sources: ['OCT10c'] }, // [OCT10c]
  pooledBeyondUseHours: 8, // [OCT10b]
  doNotDilute: true, // [OCT10b]
  labeledUses: [
    {
      indication: 'itp',
      route: 'IV',
      minAgeYears: 18, // adults [OCT10b]
      regimens: [
        {
          phase: 'course',
          cycleDoseMgPerKg: { min: 2000, max: 2000 }, // [OCT10b] 1 g/kg/day × 2 days
          infusionDays: { min: 2, max: 2 }, // [OCT10b]
          sources: ['OCT10b'],
        },
      ],
      ivRate: octagam10Rates(12), // [OCT10b] 0.12 mL/kg/min
      sources: ['OCT10b'],
    },
    {
      indication: 'dermatomyositis',
      route: 'IV',
      minAgeYears: 18, // adults [OCTDM]
      regimens: [
        {
          phase: 'maintenance',
          cycleDoseMgPerKg: { min: 2000, max: 2000 }, // [OCTDM]
          infusionDays: { min: 2, max: 5 }, // [OCTDM]
          intervalDays: { min: 28, max: 28 }, // [OCTDM] q4 wk
          sources: ['OCTDM'],
        },
      ],
      ivRate: octagam10Rates(4), // [OCTDM] higher thromboembolic risk in DM
      sources: ['OCTDM'],
    },
  ],
  unconfirmed: [],
  sources: ['OCT10', 'OCT10b', 'OCT10c', 'OCTDM', 'OCTISI'],
};

const gamunexRates = (initialMgPerKgMin: number): LabeledUse['ivRate'] => ({
  initialMgPerKgMin,
  increments: { kind: 'unspecified' }, // "gradual" [GMX1]
  maxMgPerKgMin: 8, // [GMX1][GMX4]
  sources: ['GMX1', 'GMX4'],
});

const gamunexUses: readonly LabeledUse[] = [
  {
    indication: 'primary-immunodeficiency',
    route: 'IV',
    regimens: [
      {
        phase: 'maintenance',
        cycleDoseMgPerKg: { min: 300, max: 600 }, // [GMX1][GMX4]
        intervalDays: { min: 21, max: 28 }, // [GMX1]
        sources: ['GMX1', 'GMX4'],
      },
    ],
    ivRate: gamunexRates(1), // [GMX1]
    sources: ['GMX1', 'GMX4'],
  },
  {
    indication: 'primary-immunodeficiency',
    route: 'SC',
    regimens: [], // dose comes from the IVIG→SCIG conversion [GMX2]
    sources: ['GMX2', 'MDS'],
  },
  {
    indication: 'itp',
    route: 'IV',
    regimens: [
      {
        phase: 'course',
        cycleDoseMgPerKg: { min: 2000, max: 2000 }, // [GMX4] 1 g/kg × 2 days
        infusionDays: { min: 2, max: 2 },
        sources: ['GMX4'],
        note: 'Withhold the 2nd dose if the platelet rise at 24 h is adequate [GMX4]',
      },
      {
        phase: 'course',
        cycleDoseMgPerKg: { min: 2000, max: 2000 }, // [GMX4] 0.4 g/kg × 5 days
        infusionDays: { min: 5, max: 5 },
        sources: ['GMX4'],
      },
    ],
    ivRate: gamunexRates(1), // [GMX4]
    sources: ['GMX4'],
  },
  {
    indication: 'cidp',
    route: 'IV',
    regimens: [
      {
        phase: 'loading',
        cycleDoseMgPerKg: { min: 2000, max: 2000 }, // [GMX4]
        infusionDays: { min: 2, max: 4 }, // [GMX4]
        sources: ['GMX1', 'GMX4'],
      },
      {
        phase: 'maintenance',
        cycleDoseMgPerKg: { min: 1000, max: 1000 }, // [GMX4] 1 g/kg × 1 day or 0.5 g/kg × 2 days
        infusionDays: { min: 1, max: 2 },
        intervalDays: { min: 21, max: 21 }, // [GMX4] US label q3 wk; HK monograph [GMX1] says q2 wk (verify)
        sources: ['GMX4'],
      },
    ],
    ivRate: gamunexRates(2), // [GMX4]
    sources: ['GMX1', 'GMX4'],
  },
];

const gamunexScig: ImmuneGlobulinProduct['scig'] = {
  conversion: { kind: 'weekly-factor', factor: 1.37, sources: ['GMX2', 'MDS'] }, // [GMX2]
  mlPerGram: 10, // 10% solution
  forbiddenIndications: ['itp'], // [GMX2] do not give SC for ITP
  siteRules: [
    // Initial → maintenance rate per site; adults up to 8 sites, children up to 6 [GMX2][MDS]
    {
      label: '<25 kg, child',
      weightKg: { below: 25 },
      ageYears: { below: 18 },
      mlPerHourPerSite: { min: 10, max: 10 },
      maxSites: 6,
      sources: ['GMX2', 'MDS'],
    },
    {
      label: '<25 kg, adult',
      weightKg: { below: 25 },
      ageYears: { atLeast: 18 },
      mlPerHourPerSite: { min: 10, max: 10 },
      maxSites: 8,
      sources: ['GMX2', 'MDS'],
    },
    {
      label: '≥25 kg, child',
      weightKg: { atLeast: 25 },
      ageYears: { below: 18 },
      mlPerHourPerSite: { min: 15, max: 20 },
      maxSites: 6,
      sources: ['GMX2', 'MDS'],
    },
    {
      label: '≥25 kg, adult',
      weightKg: { atLeast: 25 },
      ageYears: { atLeast: 18 },
      mlPerHourPerSite: { min: 15, max: 20 },
      maxSites: 8,
      sources: ['GMX2', 'MDS'],
    },
  ],
};

/** Gamunex-C 10% (Grifols): IV; SC for PI only. */
export const gamunexC: ImmuneGlobulinProduct = {
  id: 'gamunex-c',
  brandName: 'Gamunex-C',
  manufacturer: 'Grifols',
  form: 'liquid',
  concentrationPercent: 10, // [GMX1]
  routes: ['IV', 'SC'], // [HID][NUF1]
  therapy: 'IVIG',
  stabilizers: ['glycine'],
  stabilizerDescription: 'Glycine 0.16–0.24 M', // [GMX1]
  containsSucrose: false,
  iga: { microgramsPerMl: 46, basis: 'average' }, // [GMX1] unconfirmed
  vials: [{ grams: 1 }, { grams: 2.5 }, { grams: 5 }, { grams: 10 }, { grams: 20 }, { grams: 40 }], // [GMX3]
  storage: {
    description:
      '2–8 °C 36 months; may be kept ≤25 °C up to 6 months at any time in shelf life, then used or discarded.',
    refrigeratedMonths: 36, // [GMX2]
    maxCelsius: 25, // [GMX2]
    roomTemperatureMonths: 6, // [GMX2][GMX3] (rule 19)
  },
  hcpcs: { code: 'J1561', billingUnitMg: 500, sources: ['ANB'] },
  labeledUses: gamunexUses,
  scig: gamunexScig,
  unconfirmed: ['iga'],
  sources: ['GMX1', 'GMX2', 'GMX3', 'GMX4', 'MDS'],
};

/** Gammaked (Grifols/Kedrion): the same product as Gamunex-C, billed under J1561. */
export const gammaked: ImmuneGlobulinProduct = {
  ...gamunexC,
  id: 'gammaked',
  brandName: 'Gammaked',
  manufacturer: 'Grifols/Kedrion',
  vials: [{ grams: 1 }, { grams: 2.5 }, { grams: 5 }, { grams: 10 }, { grams: 20 }], // [PH1]
  // IgA and storage "as Gamunex-C" are unconfirmed [PH1]
  unconfirmed: ['iga', 'storage'],
  sources: ['PH1', 'ANB', 'GMX1', 'GMX2', 'GMX4'],
};
