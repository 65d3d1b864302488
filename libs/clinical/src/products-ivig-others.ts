import { type ImmuneGlobulinProduct, type IvRateProtocol } from './product-types';

// IVIG brands, part 3 (Grifols Flebogamma, ADMA, Pfizer/Octapharma, BPL). Same conventions as
// products-ivig-takeda-csl.ts: a source key next to every number, unconfirmed fields listed per product.

/** Flebogamma 5% DIF (Grifols): IV, sorbitol. */
export const flebogamma5: ImmuneGlobulinProduct = {
  id: 'flebogamma-5-dif',
  brandName: 'Flebogamma 5% DIF',
  manufacturer: 'Grifols',
  form: 'liquid',
  concentrationPercent: 5, // [FLB1]
  routes: ['IV'],
  therapy: 'IVIG',
  stabilizers: ['sorbitol'],
  stabilizerDescription: 'D-sorbitol 50 mg/mL', // [FLB1]
  containsSucrose: false,
  iga: { microgramsPerMl: 50, basis: 'maximum' }, // [FLB1] EU SmPC
  vials: [{ grams: 0.5 }, { grams: 2.5 }, { grams: 5 }, { grams: 10 }, { grams: 20 }], // [PH1]
  storage: { description: '2–25 °C (unconfirmed)', maxCelsius: 25 }, // [FLB1] unconfirmed
  hcpcs: { code: 'J1572', billingUnitMg: 500, sources: ['ANB'] },
  labeledUses: [], // the reference lists no US indication for the 5% strength
  unconfirmed: ['storage'],
  sources: ['FLB1', 'PH1'],
};

const flebogamma10Rates: IvRateProtocol = {
  initialMgPerKgMin: 1, // [FLB3] unconfirmed
  increments: { kind: 'unspecified' },
  maxMgPerKgMin: 8, // [FLB3] unconfirmed
  sources: ['FLB3'],
  unconfirmed: true,
};

/** Flebogamma 10% DIF (Grifols): IV, sorbitol. */
export const flebogamma10: ImmuneGlobulinProduct = {
  id: 'flebogamma-10-dif',
  brandName: 'Flebogamma 10% DIF',
  manufacturer: 'Grifols',
  form: 'liquid',
  concentrationPercent: 10, // [FLB2]
  routes: ['IV'],
  therapy: 'IVIG',
  stabilizers: ['sorbitol'],
  stabilizerDescription: 'Sorbitol', // [FLB2]
  containsSucrose: false,
  iga: { microgramsPerMl: 100, basis: 'below' }, // [FLB2] EU PIL
  vials: [{ grams: 5 }, { grams: 10 }, { grams: 20 }], // [PH1]
  storage: { description: '2–25 °C (unconfirmed)', maxCelsius: 25 }, // [FLB2] unconfirmed
  hcpcs: { code: 'J1572', billingUnitMg: 500, sources: ['ANB'] },
  labeledUses: [
    {
      indication: 'primary-immunodeficiency',
      route: 'IV',
      regimens: [
        {
          phase: 'maintenance',
          cycleDoseMgPerKg: { min: 300, max: 600 }, // [FLB3] unconfirmed
          sources: ['FLB3'],
          unconfirmed: true,
        },
      ],
      ivRate: flebogamma10Rates,
      sources: ['FLB3'],
    },
    {
      indication: 'itp',
      route: 'IV',
      minAgeYears: 2, // [FLB3]
      regimens: [], // dose not in the reference: the ITP guideline regimen applies
      ivRate: flebogamma10Rates,
      sources: ['FLB3'],
    },
  ],
  unconfirmed: ['storage', 'labeledUses'],
  sources: ['FLB2', 'FLB3', 'PH1'],
};

/** Bivigam 10% (Biotest/ADMA): IV, PI. */
export const bivigam: ImmuneGlobulinProduct = {
  id: 'bivigam',
  brandName: 'Bivigam',
  manufacturer: 'Biotest/ADMA',
  form: 'liquid',
  concentrationPercent: 10, // [BIV2]
  routes: ['IV'],
  therapy: 'IVIG',
  stabilizers: ['glycine'], // [BIV2] unconfirmed
  stabilizerDescription: 'glycine (unconfirmed)',
  containsSucrose: false,
  iga: { microgramsPerMl: 200, basis: 'maximum' }, // [BIV2] unconfirmed
  vials: [{ grams: 5 }, { grams: 10 }], // [PH1]
  storage: { description: '2–8 °C (unconfirmed)' }, // [BIV2] unconfirmed
  hcpcs: { code: 'J1556', billingUnitMg: 500, sources: ['ANB'] },
  riskRateCap: { mgPerKgMin: 2, inclusive: false, sources: ['BIV2'] }, // [BIV2] <2 for thrombosis risk
  doNotDilute: true, // [BIV1]
  labeledUses: [
    {
      indication: 'primary-immunodeficiency',
      route: 'IV',
      regimens: [
        {
          phase: 'maintenance',
          cycleDoseMgPerKg: { min: 300, max: 800 }, // [BIV1]
          intervalDays: { min: 21, max: 28 }, // [BIV1]
          sources: ['BIV1'],
          note: 'Adjust if trough IgG <500 mg/dL; target ≥600 mg/dL [BIV1]',
        },
      ],
      ivRate: {
        initialMgPerKgMin: 0.5, // [BIV1]
        initialMinutes: 10, // [BIV1]
        stepMinutes: 20, // [BIV1]
        increments: { kind: 'additive', incrementMgPerKgMin: 0.8 }, // [BIV1]
        maxMgPerKgMin: 6, // [BIV1]
        sources: ['BIV1', 'BIV2'],
      },
      sources: ['BIV1'],
    },
  ],
  unconfirmed: ['stabilizers', 'iga', 'storage'],
  sources: ['BIV1', 'BIV2', 'BIV3', 'PH1'],
};

const panzygaRates = (maxMgPerKgMin: number): IvRateProtocol => ({
  initialMgPerKgMin: 1, // [PAN1] 0.01 mL/kg/min
  initialMinutes: 30, // [PAN1]
  stepMinutes: 30, // [PAN1] label allows every 15–30 min; the catalogue takes the slower end
  increments: { kind: 'unspecified' },
  maxMgPerKgMin,
  sources: ['PAN1', 'PAN2'],
});

/** Panzyga 10% (Pfizer/Octapharma): IV; PI, chronic ITP, CIDP. */
export const panzyga: ImmuneGlobulinProduct = {
  id: 'panzyga',
  brandName: 'Panzyga',
  manufacturer: 'Pfizer/Octapharma',
  form: 'liquid',
  concentrationPercent: 10, // [PAN3]
  routes: ['IV'],
  therapy: 'IVIG',
  stabilizers: ['glycine'], // [PAN3] unconfirmed
  stabilizerDescription: 'glycine (unconfirmed); sucrose- and preservative-free',
  containsSucrose: false, // [PAN3]
  iga: { microgramsPerMl: 100, basis: 'average' }, // [PAN3] unconfirmed
  vials: [{ grams: 1 }, { grams: 2.5 }, { grams: 5 }, { grams: 10 }, { grams: 20 }, { grams: 30 }], // [PAN3]
  storage: {
    description:
      '2–8 °C 36 months; within shelf life may be kept ≤25 °C up to 12 months, then used or discarded.',
    refrigeratedMonths: 36, // [PAN3]
    maxCelsius: 25, // [PAN3]
    roomTemperatureMonths: 12, // [PAN3] (rule 19)
  },
  hcpcs: {
    code: 'J1576', // unconfirmed
    billingUnitMg: 500,
    sources: [],
    unconfirmed: true,
    note: 'J1599 (IG NOS) was used at launch [ANB][NCM]',
  },
  riskRateCap: { mgPerKgMin: 3.3, inclusive: true, sources: ['PAN2'] }, // [PAN2]
  labeledUses: [
    {
      indication: 'primary-immunodeficiency',
      route: 'IV',
      minAgeYears: 2, // [PAN1]
      regimens: [
        {
          phase: 'maintenance',
          cycleDoseMgPerKg: { min: 300, max: 600 }, // [PAN1]
          intervalDays: { min: 21, max: 28 }, // [PAN1]
          sources: ['PAN1'],
        },
      ],
      ivRate: panzygaRates(14), // [PAN1]
      sources: ['PAN1'],
    },
    {
      indication: 'itp',
      route: 'IV',
      regimens: [
        {
          phase: 'course',
          cycleDoseMgPerKg: { min: 2000, max: 2000 }, // [PAN1] 1 g/kg/day × 2 days
          infusionDays: { min: 2, max: 2 }, // [PAN1]
          sources: ['PAN1'],
        },
      ],
      ivRate: panzygaRates(8), // [PAN2]
      sources: ['PAN1', 'PAN2'],
    },
    {
      indication: 'cidp',
      route: 'IV',
      minAgeYears: 18, // adults [PAN1]
      regimens: [
        {
          phase: 'loading',
          cycleDoseMgPerKg: { min: 2000, max: 2000 }, // [PAN1]
          infusionDays: { min: 2, max: 2 }, // [PAN1]
          sources: ['PAN1'],
        },
        {
          phase: 'maintenance',
          cycleDoseMgPerKg: { min: 1000, max: 2000 }, // [PAN1]
          intervalDays: { min: 21, max: 21 }, // [PAN1] q3 wk
          sources: ['PAN1'],
        },
      ],
      ivRate: panzygaRates(12), // [PAN1]
      sources: ['PAN1'],
    },
  ],
  unconfirmed: ['stabilizers', 'iga', 'hcpcs'],
  sources: ['PAN1', 'PAN2', 'PAN3', 'ANB', 'NCM'],
};

/** Asceniv 10% (ADMA): IV, PI in adults and adolescents. */
export const asceniv: ImmuneGlobulinProduct = {
  id: 'asceniv',
  brandName: 'Asceniv',
  manufacturer: 'ADMA',
  form: 'liquid',
  concentrationPercent: 10, // [ASC1]
  routes: ['IV'],
  therapy: 'IVIG',
  stabilizers: ['glycine', 'polysorbate-80'], // [ASC2] unconfirmed
  stabilizerDescription: 'glycine + polysorbate 80 (unconfirmed)',
  containsSucrose: false,
  iga: { microgramsPerMl: 200, basis: 'maximum' }, // [ASC2]
  vials: [{ grams: 5, ml: 50 }], // [ASC1] 50 mL only
  storage: { description: '2–8 °C (unconfirmed)' }, // [ASC2] unconfirmed
  hcpcs: { code: 'J1554', billingUnitMg: 500, sources: [], unconfirmed: true },
  doNotDilute: true, // [ASC1]
  labeledUses: [
    {
      indication: 'primary-immunodeficiency',
      route: 'IV',
      minAgeYears: 12, // adults and 12–17 y [ASC1]
      regimens: [
        {
          phase: 'maintenance',
          cycleDoseMgPerKg: { min: 300, max: 800 }, // [ASC1]
          intervalDays: { min: 21, max: 28 }, // [ASC1]
          sources: ['ASC1'],
          note: 'Adjust if trough IgG <500 mg/dL; target ≥600 mg/dL [ASC1]',
        },
      ],
      ivRate: {
        initialMgPerKgMin: 0.5, // [ASC1] 0.005 mL/kg/min
        initialMinutes: 15, // [ASC1]
        stepMinutes: 15, // [ASC1]
        increments: { kind: 'unspecified' },
        maxMgPerKgMin: 8, // [ASC1] 0.08 mL/kg/min
        sources: ['ASC1'],
      },
      sources: ['ASC1'],
    },
  ],
  unconfirmed: ['stabilizers', 'storage', 'hcpcs'],
  sources: ['ASC1', 'ASC2'],
};

/** Gammaplex 5% (BPL): IV; no US indication in the reference. */
export const gammaplex5: ImmuneGlobulinProduct = {
  id: 'gammaplex-5',
  brandName: 'Gammaplex 5%',
  manufacturer: 'BPL',
  form: 'liquid',
  concentrationPercent: 5, // [PH1]
  routes: ['IV'],
  therapy: 'IVIG',
  stabilizers: ['sorbitol', 'glycine'], // [PH1] unconfirmed
  stabilizerDescription: 'sorbitol + glycine (unconfirmed)',
  containsSucrose: false,
  vials: [{ grams: 5 }, { grams: 10 }], // [PH1]; EU also 2.5 and 20
  storage: { description: '2–25 °C (unconfirmed)', maxCelsius: 25 }, // unconfirmed
  hcpcs: { code: 'J1557', billingUnitMg: 500, sources: ['ANB'] },
  labeledUses: [],
  unconfirmed: ['stabilizers', 'iga', 'storage'],
  sources: ['PH1', 'GPX1'],
};

const gammaplex10Rates: IvRateProtocol = {
  initialMgPerKgMin: 0.5, // [GPX1] 0.005 mL/kg/min, minutes 0–15
  initialMinutes: 15, // [GPX1]
  stepMinutes: 15, // [GPX1]
  increments: { kind: 'listed', ratesMgPerKgMin: [1, 2, 4, 6] }, // [GPX1] 0.01 → 0.02 → 0.04 → 0.06 mL/kg/min
  maxMgPerKgMin: 8, // [GPX1][GPX2] 0.08 mL/kg/min from minute 76
  sources: ['GPX1', 'GPX2'],
};

/** Gammaplex 10% (BPL): IV; PI and chronic ITP. */
export const gammaplex10: ImmuneGlobulinProduct = {
  id: 'gammaplex-10',
  brandName: 'Gammaplex 10%',
  manufacturer: 'BPL',
  form: 'liquid',
  concentrationPercent: 10, // [GPX1]
  routes: ['IV'],
  therapy: 'IVIG',
  stabilizers: ['glycine'], // [GPX1] unconfirmed
  stabilizerDescription: 'glycine (unconfirmed)',
  containsSucrose: false,
  vials: [{ grams: 5 }, { grams: 10 }], // [PH1]
  storage: { description: '2–25 °C (unconfirmed)', maxCelsius: 25 }, // unconfirmed
  hcpcs: { code: 'J1557', billingUnitMg: 500, sources: ['ANB'] },
  labeledUses: [
    {
      indication: 'primary-immunodeficiency',
      route: 'IV',
      minAgeYears: 2, // [GPX2]
      regimens: [
        {
          phase: 'maintenance',
          cycleDoseMgPerKg: { min: 300, max: 800 }, // [GPX2]
          intervalDays: { min: 21, max: 28 }, // [GPX2]
          sources: ['GPX2'],
        },
      ],
      ivRate: gammaplex10Rates,
      sources: ['GPX1', 'GPX2'],
    },
    {
      indication: 'itp',
      route: 'IV',
      minAgeYears: 18, // adults [GPX2]
      regimens: [], // dose not in the reference: the ITP guideline regimen applies
      ivRate: gammaplex10Rates,
      sources: ['GPX2'],
    },
  ],
  unconfirmed: ['stabilizers', 'iga', 'storage'],
  sources: ['GPX1', 'GPX2', 'PH1'],
};
