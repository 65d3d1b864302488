import type {
  BloodType,
  DocumentContentType,
  DocumentType,
  LabCode,
  LabUnit,
  PlanType,
  RiskCondition,
  Sex,
  Therapy,
} from '@infuse/contracts';

// The referral contract's vocabularies (libs/contracts referral-vocabulary.ts) in a coordinator's
// words. Each is a Record over the contract's type, so a value added there fails to compile here
// until it has its words.

export const SEX_WORDS: Record<Sex, string> = {
  female: 'Female',
  male: 'Male',
  other: 'Other',
  unknown: 'Unknown',
};

export const RISK_CONDITION_WORDS: Record<RiskCondition, string> = {
  renal_impairment: 'Renal impairment',
  diabetes: 'Diabetes',
  heart_failure: 'Heart failure',
  thrombosis_history: 'History of thrombosis',
  hypercoagulable_state: 'Hypercoagulable state',
  immobility: 'Immobility',
  estrogen_therapy: 'Estrogen therapy',
  central_line: 'Central line',
  hyperviscosity: 'Hyperviscosity',
  sepsis: 'Sepsis',
  paraproteinemia: 'Paraproteinemia',
  nephrotoxic_drugs: 'Nephrotoxic drugs',
  iga_deficiency_with_antibodies: 'IgA deficiency with anti-IgA antibodies',
  hypersensitivity_history: 'History of hypersensitivity',
  prior_anaphylaxis_to_ig: 'Prior anaphylaxis to immunoglobulin',
  hyperprolinemia: 'Hyperprolinemia',
  hereditary_fructose_intolerance: 'Hereditary fructose intolerance',
  corn_allergy: 'Corn allergy',
  uses_glucose_meter: 'Uses a glucose meter',
};

export const BLOOD_TYPE_WORDS: Record<BloodType, string> = {
  'O+': 'O+',
  'O-': 'O−',
  'A+': 'A+',
  'A-': 'A−',
  'B+': 'B+',
  'B-': 'B−',
  'AB+': 'AB+',
  'AB-': 'AB−',
};

export const THERAPY_WORDS: Record<Therapy, string> = {
  IVIG: 'IVIG (intravenous)',
  SCIG: 'SCIG (subcutaneous)',
};

export const PLAN_TYPE_WORDS: Record<PlanType, string> = {
  commercial: 'Commercial',
  medicare: 'Medicare',
  medicare_advantage: 'Medicare Advantage',
  medicaid: 'Medicaid',
  tricare: 'TRICARE',
  va: 'VA',
  uninsured: 'Uninsured',
};

/** Each lab with its name and the one unit the contract reports it in (LAB_UNITS). */
export const LAB_WORDS: Record<LabCode, { label: string; unit: LabUnit }> = {
  IgG: { label: 'IgG', unit: 'mg/dL' },
  IgA: { label: 'IgA', unit: 'mg/dL' },
  IgM: { label: 'IgM', unit: 'mg/dL' },
  BUN: { label: 'BUN', unit: 'mg/dL' },
  creatinine: { label: 'Creatinine', unit: 'mg/dL' },
  hemoglobin: { label: 'Hemoglobin', unit: 'g/dL' },
  platelets: { label: 'Platelets', unit: '10^9/L' },
};

export const DOCUMENT_TYPE_WORDS: Record<DocumentType, string> = {
  prescription: 'Prescription',
  clinical_notes: 'Clinical notes',
  lab_report: 'Lab report',
  insurance_card: 'Insurance card',
  nerve_study: 'Nerve conduction study',
  vaccine_response: 'Vaccine response',
  other: 'Other document',
};

/** The file types intake stores (DOCUMENT_CONTENT_TYPES), with a name for each. */
export const CONTENT_TYPE_WORDS: Record<DocumentContentType, string> = {
  'application/pdf': 'PDF',
  'image/png': 'PNG',
  'image/jpeg': 'JPEG',
  'image/tiff': 'TIFF',
  'text/plain': 'Text',
};

/** The options of a Select over one vocabulary, in the vocabulary's order. */
export function optionsOf<Value extends string>(
  words: Record<Value, string | { label: string }>,
): { value: Value; label: string }[] {
  return (Object.entries(words) as [Value, string | { label: string }][]).map(([value, word]) => ({
    value,
    label: typeof word === 'string' ? word : word.label,
  }));
}

export function isOneOf<Value extends string>(
  words: Record<Value, unknown>,
  value: string,
): value is Value {
  return Object.hasOwn(words, value);
}
