/** Vocabularies of the referral contract (shared/fixtures/referrals/README.md). */
export const SEXES = ['female', 'male', 'other', 'unknown'] as const;
export type Sex = (typeof SEXES)[number];

/** Conditions that change product choice, infusion rate or monitoring. */
export const RISK_CONDITIONS = [
  'renal_impairment',
  'diabetes',
  'heart_failure',
  'thrombosis_history',
  'hypercoagulable_state',
  'immobility',
  'estrogen_therapy',
  'central_line',
  'hyperviscosity',
  'sepsis',
  'paraproteinemia',
  'nephrotoxic_drugs',
  'iga_deficiency_with_antibodies',
  'hypersensitivity_history',
  'prior_anaphylaxis_to_ig',
  'hyperprolinemia',
  'hereditary_fructose_intolerance',
  'corn_allergy',
  'uses_glucose_meter',
] as const;
export type RiskCondition = (typeof RISK_CONDITIONS)[number];

export const BLOOD_TYPES = ['O+', 'O-', 'A+', 'A-', 'B+', 'B-', 'AB+', 'AB-'] as const;
export type BloodType = (typeof BLOOD_TYPES)[number];

export const THERAPIES = ['IVIG', 'SCIG'] as const;
export type Therapy = (typeof THERAPIES)[number];

export const PLAN_TYPES = [
  'commercial',
  'medicare',
  'medicare_advantage',
  'medicaid',
  'tricare',
  'va',
  'uninsured',
] as const;
export type PlanType = (typeof PLAN_TYPES)[number];

/** Each lab code with the one unit it is reported in. */
export const LAB_UNITS = {
  IgG: 'mg/dL',
  IgA: 'mg/dL',
  IgM: 'mg/dL',
  BUN: 'mg/dL',
  creatinine: 'mg/dL',
  hemoglobin: 'g/dL',
  platelets: '10^9/L',
} as const;
export type LabCode = keyof typeof LAB_UNITS;
export type LabUnit = (typeof LAB_UNITS)[LabCode];
export const LAB_CODES = Object.keys(LAB_UNITS) as [LabCode, ...LabCode[]];

export const DOCUMENT_TYPES = [
  'prescription',
  'clinical_notes',
  'lab_report',
  'insurance_card',
  'nerve_study',
  'vaccine_response',
  'other',
] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

export const DOCUMENT_CONTENT_TYPES = [
  'application/pdf',
  'image/png',
  'image/jpeg',
  'image/tiff',
  'text/plain',
] as const;
export type DocumentContentType = (typeof DOCUMENT_CONTENT_TYPES)[number];
