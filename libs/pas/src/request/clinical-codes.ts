// Clinical terminology of the request: LOINC for documents (labs: ../lab-loinc.ts), SNOMED CT for
// routes, UCUM for units, and the US Core and coverage codes the profiles bind.
import type { Coding } from 'fhir/r4';
import { CODE_SYSTEMS } from '../pas-vocabulary';
import type { PasRequestInput } from './pas-request-input';
import { REPORT_TYPES } from './x12-request-codes';

const loinc = (code: string, display: string): Coding => ({
  system: CODE_SYSTEMS.loinc,
  code,
  display,
});

/**
 * How each Infuse document type travels: a LOINC document code for DocumentReference.type (US
 * Core binds it to LOINC document codes) and an X12 PWK01 report type for the attachment
 * (extension-documentInformation, which the AdditionalInformation slice requires). LOINC codes
 * from the IG's attachment value set (pas-loinc-attachment-codes) [PAS], except the prescription,
 * 57833-6 "Prescription for medication", which that value set lacks. Keyed by the referral
 * vocabulary's DOCUMENT_TYPES; an unknown type travels as a medical record.
 */
export const DOCUMENT_CODES: Record<string, { type: Coding; reportType: Coding }> = {
  prescription: {
    type: loinc('57833-6', 'Prescription for medication'),
    reportType: REPORT_TYPES.prescription,
  },
  clinical_notes: {
    type: loinc('11506-3', 'Progress note'),
    reportType: REPORT_TYPES.physicianReport,
  },
  lab_report: {
    type: loinc('11502-2', 'Laboratory report'),
    reportType: REPORT_TYPES.laboratoryResults,
  },
  // Pre- and post-vaccination titres are laboratory results [MMO].
  vaccine_response: {
    type: loinc('11502-2', 'Laboratory report'),
    reportType: REPORT_TYPES.laboratoryResults,
  },
  nerve_study: {
    type: loinc('76641-0', 'Neurology study'),
    reportType: REPORT_TYPES.diagnosticReport,
  },
  insurance_card: {
    type: loinc('52037-9', 'Member ID card copy'),
    reportType: REPORT_TYPES.supportData,
  },
  other: { type: loinc('11503-0', 'Medical records'), reportType: REPORT_TYPES.medicalRecord },
};

/** US Core's document category every DocumentReference needs (category 1..*). */
export const CLINICAL_NOTE_CATEGORY: Coding = {
  system: 'http://hl7.org/fhir/us/core/CodeSystem/us-core-documentreference-category',
  code: 'clinical-note',
  display: 'Clinical Note',
};

/** The unit spellings Infuse uses (LAB_UNITS) that UCUM writes differently. */
export const UCUM_SPELLINGS: Record<string, string> = { '10^9/L': '10*9/L' };

export const LABORATORY_CATEGORY: Coding = {
  system: 'http://terminology.hl7.org/CodeSystem/observation-category',
  code: 'laboratory',
  display: 'Laboratory',
};

/** SNOMED CT routes, from the FHIR route-codes value set. */
export const ROUTES: Record<PasRequestInput['item']['medication']['route'], Coding> = {
  IV: { system: 'http://snomed.info/sct', code: '47625008', display: 'Intravenous route' },
  SC: { system: 'http://snomed.info/sct', code: '34206005', display: 'Subcutaneous route' },
};

/**
 * Coverage.type from the Source of Payment Typology US Core binds it to (system as in US Core's
 * own Coverage example): 1 Medicare, 2 Medicaid, 5 private health insurance. 'other' sends no
 * type rather than a guess.
 */
export const PAYMENT_TYPOLOGY: Record<PasRequestInput['coverage']['planType'], Coding | undefined> =
  {
    commercial: {
      system: 'https://nahdo.org/sopt',
      code: '5',
      display: 'PRIVATE HEALTH INSURANCE',
    },
    medicare: { system: 'https://nahdo.org/sopt', code: '1', display: 'MEDICARE' },
    medicaid: { system: 'https://nahdo.org/sopt', code: '2', display: 'MEDICAID' },
    other: undefined,
  };

/**
 * HCPCS modifier JB (subcutaneous) on the drug line of SCIG under Medicare, which covers it as a
 * DME supply [NOR1][LCD] (domain reference rule 25).
 */
export const SUBCUTANEOUS_MODIFIER: Coding = { system: CODE_SYSTEMS.hcpcs, code: 'JB' };
