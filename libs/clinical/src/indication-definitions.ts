import { type IndicationId } from './clinical-types';
import { type RegimenOption } from './product-types';

/** Groups the referral and billing services ask about. */
export type IndicationGroup =
  | 'primary-immunodeficiency'
  | 'secondary-immunodeficiency'
  | 'neuropathy'
  | 'neuromuscular'
  | 'hematologic'
  | 'inflammatory';

/** One ICD-10-CM code, or a family of codes sharing a prefix, mapped to an indication. */
export interface Icd10Entry {
  readonly code: string;
  /** 'exact': only this code; 'prefix': this code and every code that starts with it. */
  readonly match: 'exact' | 'prefix';
  readonly description: string;
  readonly sources: readonly string[];
  /** True when the reference marks the code (or its descriptor) unconfirmed. */
  readonly unconfirmed?: boolean;
}

/** An indication: its ICD-10 codes and the guideline regimen used when a label gives none. */
export interface IndicationDefinition {
  readonly id: IndicationId;
  readonly name: string;
  readonly group: IndicationGroup;
  readonly icd10: readonly Icd10Entry[];
  /** Guideline regimens (section 2a), applied when the product label gives no dose. */
  readonly regimens: readonly RegimenOption[];
  readonly sources: readonly string[];
  readonly notes?: readonly string[];
}

const exact = (
  code: string,
  description: string,
  sources: readonly string[],
  unconfirmed = false,
): Icd10Entry =>
  unconfirmed
    ? { code, match: 'exact', description, sources, unconfirmed }
    : { code, match: 'exact', description, sources };

const prefix = (code: string, description: string, sources: readonly string[]): Icd10Entry => ({
  code,
  match: 'prefix',
  description,
  sources,
  unconfirmed: true,
});

/** The indications of section 2a with the ICD-10 codes of section 4a. */
export const indicationDefinitions: readonly IndicationDefinition[] = [
  {
    id: 'primary-immunodeficiency',
    name: 'Primary immunodeficiency',
    group: 'primary-immunodeficiency',
    icd10: [
      exact('D80.0', 'Hereditary hypogammaglobulinemia (incl. XLA/Bruton)', ['CSLICD', 'NOR2']),
      exact('D80.1', 'Nonfamilial hypogammaglobulinemia', ['CSLICD', 'NCM']),
      exact('D80.2', 'Selective deficiency of immunoglobulin A', ['CSLICD', 'CHW']),
      exact('D80.3', 'Selective deficiency of immunoglobulin G subclasses', ['CSLICD', 'CHW']),
      exact('D80.4', 'Selective deficiency of immunoglobulin M', ['CSLICD', 'CHW']),
      exact('D80.5', 'Immunodeficiency with increased immunoglobulin M', ['CSLICD']),
      exact(
        'D80.6',
        'Antibody deficiency with near-normal immunoglobulins or hyperimmunoglobulinemia',
        ['CSLICD'],
      ),
      exact('D80.7', 'Transient hypogammaglobulinemia of infancy', ['CSLICD']),
      exact('D80.8', 'Other immunodeficiencies with predominantly antibody defects', ['CSLICD']),
      exact('D80.9', 'Immunodeficiency with predominantly antibody defects, unspecified', [
        'CSLICD',
      ]),
      exact('D81.0', 'SCID with reticular dysgenesis', ['CSLICD', 'NCM']),
      exact('D81.1', 'SCID with low T- and B-cell numbers', ['CSLICD', 'NCM']),
      exact('D81.2', 'SCID with low or normal B-cell numbers', ['CSLICD', 'NCM']),
      exact('D81.3', 'Adenosine deaminase [ADA] deficiency', ['NCM']),
      prefix('D81.3', 'ADA deficiency subcodes D81.30–D81.39 (unconfirmed)', ['NCM']),
      exact('D81.5', 'Purine nucleoside phosphorylase [PNP] deficiency', ['CSLICD', 'CHW']),
      exact('D81.6', 'Major histocompatibility complex class I deficiency', ['CSLICD', 'CHW']),
      exact('D81.7', 'Major histocompatibility complex class II deficiency', ['CSLICD', 'CHW']),
      exact('D81.89', 'Other combined immunodeficiencies', ['CSLICD', 'CHW']),
      exact('D81.9', 'Combined immunodeficiency, unspecified', ['CSLICD', 'CHW']),
      exact('D82.0', 'Wiskott-Aldrich syndrome', ['NCM']),
      exact('D83.0', 'CVID with predominant abnormalities of B-cell numbers and function', ['NCM']),
      // CVID variants: the reference marks these descriptors unconfirmed.
      exact('D83.1', 'CVID variant (descriptor unconfirmed)', [], true),
      exact('D83.2', 'CVID variant (descriptor unconfirmed)', [], true),
      exact('D83.8', 'Other CVID (descriptor unconfirmed)', [], true),
      exact('D83.9', 'CVID, unspecified (descriptor unconfirmed)', [], true),
    ],
    regimens: [
      {
        phase: 'maintenance',
        cycleDoseMgPerKg: { min: 300, max: 800 }, // rule 1 overall window [GGL1][PRV1][PAN1][BIV1][ASC1]
        intervalDays: { min: 21, max: 28 }, // q3–4 wk
        sources: ['GGL1', 'PRV1', 'PAN1', 'BIV1', 'ASC1'],
        note: 'Adjust to trough and clinical response',
      },
    ],
    sources: ['GGL1', 'PRV1', 'PAN1', 'BIV1', 'ASC1', 'CSLICD', 'NCM'],
  },
  {
    id: 'secondary-immunodeficiency',
    name: 'Secondary immunodeficiency (e.g., CLL)',
    group: 'secondary-immunodeficiency',
    // The reference lists no ICD-10 code and no labeled regimen for secondary immunodeficiency;
    // add the payer's codes through ClinicalSettings.indications.
    icd10: [],
    regimens: [],
    sources: ['MMO'],
    notes: [
      'Typical payer criteria: IgG <500 mg/dL plus recurrent sinopulmonary infections needing IV antibiotics or hospitalization, or IgG <200 mg/dL [MMO]',
    ],
  },
  {
    id: 'cidp',
    name: 'Chronic inflammatory demyelinating polyneuropathy',
    group: 'neuropathy',
    icd10: [exact('G61.81', 'Chronic inflammatory demyelinating polyneuritis', ['CSLICD', 'HCC'])],
    regimens: [
      {
        phase: 'loading',
        cycleDoseMgPerKg: { min: 2000, max: 2000 }, // [PRV1][GMX4][PAN1] 2 g/kg
        infusionDays: { min: 2, max: 5 }, // rule 2
        sources: ['PRV1', 'GMX4', 'PAN1'],
      },
      {
        phase: 'maintenance',
        cycleDoseMgPerKg: { min: 1000, max: 1000 }, // [PRV1][GMX4] 1 g/kg
        infusionDays: { min: 1, max: 2 }, // [PRV1][GMX4]
        intervalDays: { min: 21, max: 21 }, // rule 2: every 21 days
        sources: ['PRV1', 'GMX4'],
      },
    ],
    sources: ['PRV1', 'GMX1', 'GMX4', 'PAN1', 'CSLICD', 'HCC'],
    notes: ['SCIG (Hizentra, HyQvia) only as maintenance after IVIG stabilization [MMO]'],
  },
  {
    id: 'itp',
    name: 'Chronic immune thrombocytopenia',
    group: 'hematologic',
    icd10: [exact('D69.3', 'Immune thrombocytopenic purpura', ['NCM'])],
    regimens: [
      {
        phase: 'course',
        cycleDoseMgPerKg: { min: 2000, max: 2000 }, // [PRV1][OCT10b][PAN1] 1 g/kg/day × 2 days
        infusionDays: { min: 2, max: 2 },
        sources: ['PRV1', 'OCT10b', 'PAN1'],
      },
    ],
    sources: ['PRV1', 'OCT10b', 'PAN1', 'GMX4', 'NCM'],
  },
  {
    id: 'kawasaki',
    name: 'Kawasaki disease',
    group: 'inflammatory',
    icd10: [exact('M30.3', 'Mucocutaneous lymph node syndrome [Kawasaki]', [], true)],
    regimens: [
      {
        phase: 'course',
        cycleDoseMgPerKg: { min: 2000, max: 2000 }, // [AHA1][PEM] (secondary) 2 g/kg single infusion
        infusionDays: { min: 1, max: 1 },
        infusionHours: { min: 10, max: 12 }, // [AHA1][PEM]
        sources: ['AHA1', 'PEM'],
        note: 'Within 10 days of fever onset, with aspirin; still indicated after day 10 if fever or inflammation persists [AHA1]',
      },
    ],
    sources: ['AHA1', 'PEM'],
  },
  {
    id: 'guillain-barre',
    name: 'Guillain-Barré syndrome',
    group: 'neuropathy',
    icd10: [exact('G61.0', 'Guillain-Barré syndrome', [], true)],
    regimens: [
      {
        phase: 'course',
        cycleDoseMgPerKg: { min: 2000, max: 2000 }, // [GBS] (secondary) 0.4 g/kg/day × 5 days
        infusionDays: { min: 5, max: 5 },
        sources: ['GBS'],
        note: 'Start early (≤2 weeks from onset); a second course is not routinely recommended [GBS]',
      },
    ],
    sources: ['GBS'],
  },
  {
    id: 'myasthenia-gravis',
    name: 'Myasthenia gravis (crisis / moderate–severe)',
    group: 'neuromuscular',
    icd10: [
      exact('G70.00', 'Myasthenia gravis without (acute) exacerbation', [], true),
      exact('G70.01', 'Myasthenia gravis with (acute) exacerbation', [], true),
    ],
    regimens: [
      {
        phase: 'course',
        cycleDoseMgPerKg: { min: 2000, max: 2000 }, // [ONT-MG] 2 g/kg
        infusionDays: { min: 2, max: 5 }, // [ONT-MG]
        sources: ['ONT-MG'],
        note: 'Then titrate to the minimum effective dose [ONT-MG]',
      },
    ],
    sources: ['ONT-MG'],
  },
  {
    id: 'multifocal-motor-neuropathy',
    name: 'Multifocal motor neuropathy',
    group: 'neuropathy',
    icd10: [exact('G61.82', 'Multifocal motor neuropathy', [], true)],
    regimens: [
      {
        phase: 'maintenance',
        cycleDoseMgPerKg: { min: 500, max: 2400 }, // [GGL5] 0.5–2.4 g/kg/month
        doseBasis: 'month',
        sources: ['GGL5'],
      },
    ],
    sources: ['GGL5', 'EVI'],
    notes: ['Payers require nerve conduction study support [EVI]'],
  },
  {
    id: 'dermatomyositis',
    name: 'Dermatomyositis (adults)',
    group: 'inflammatory',
    icd10: [
      prefix('M33.1', 'Other dermatomyositis (adult), M33.10–M33.19', []),
      prefix('M33.0', 'Juvenile dermatomyositis, M33.00–M33.09', []),
    ],
    regimens: [
      {
        phase: 'maintenance',
        cycleDoseMgPerKg: { min: 2000, max: 2000 }, // [OCTDM] 2 g/kg
        infusionDays: { min: 2, max: 5 }, // [OCTDM]
        intervalDays: { min: 28, max: 28 }, // [OCTDM] q4 wk
        sources: ['OCTDM'],
      },
    ],
    sources: ['OCTDM'],
  },
];
