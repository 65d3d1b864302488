// The X12 278 codes a request carries [PAS-SPEC]. X12 owns these lists and publishes them only
// under licence, and the HL7 validator cannot check them offline (docs/fhir-validation.md §4), so
// each value is kept here, next to where it comes from, and the request tests pin them.
import type { Coding } from 'fhir/r4';
import { CERTIFICATION_TYPES, CODE_SYSTEMS } from '../pas-vocabulary';
import type { PasRequestInput } from './pas-request-input';

/**
 * X12 1322 certification type (UM02) per Infuse's reason for sending. A reauthorization renews an
 * expiring authorization; an update revises one that is pended or decided [PAS-SPEC "Updating
 * Authorization Requests"].
 */
export const CERTIFICATION_CODINGS: Record<PasRequestInput['certification'], Coding> = {
  initial: certification(CERTIFICATION_TYPES.initial, 'Initial'),
  reauthorization: certification(CERTIFICATION_TYPES.renewal, 'Renewal'),
  update: certification(CERTIFICATION_TYPES.revised, 'Revised'),
  cancel: certification(CERTIFICATION_TYPES.cancel, 'Cancel'),
};

function certification(code: string, display: string): Coding {
  return { system: CODE_SYSTEMS.x12CertificationType, code, display };
}

/** X12 1525 request category: HS, as the IG's home-care example asks for its items [PAS-EX]. */
export const HEALTH_SERVICES_REVIEW: Coding = {
  system: CODE_SYSTEMS.x12RequestType,
  code: 'HS',
  display: 'Health Services Review',
};

/**
 * X12 1365 service type of the infusion drug line: 42 Home Health Care. The IG's home-care
 * example uses it for items delivered and administered in the patient's home, parenteral
 * nutrition (B4184) among them [PAS-EX], which is the shape of an immunoglobulin J-code infused
 * at home. 88 Pharmacy would instead signal the pharmacy benefit, which goes through NCPDP ePA,
 * not PAS; home IVIG is billed under the medical benefit [PAS-SPEC §5d, domain reference].
 */
export const HOME_HEALTH_CARE: Coding = {
  system: CODE_SYSTEMS.x12ServiceType,
  code: '42',
  display: 'Home Health Care',
};

/**
 * X12 673 quantity qualifier (HSD01) of the item's quantity: FL, units. profile-quantity binds
 * Quantity.code to that list; the J-code's billing units are what the payer counts (IVIG 500 mg,
 * SCIG 100 mg per unit [ANB][PRI]). Value from public X12 278 tables (licensed list, unconfirmed).
 */
export const UNITS_QUANTITY = {
  system: CODE_SYSTEMS.x12QuantityQualifier,
  code: 'FL',
  unit: 'units',
} as const;

/** X12 98 entity identifier codes. PR payer and X3 requester as in the IG examples [PAS-EX]. */
export const ENTITY_CODES = {
  payer: { system: CODE_SYSTEMS.x12EntityIdentifier, code: 'PR', display: 'Payer' },
  /** 1P Provider: the dispensing pharmacy asks as the provider of the service (loop 2010B). */
  provider: { system: CODE_SYSTEMS.x12EntityIdentifier, code: '1P', display: 'Provider' },
  /** DK Ordering Physician: the prescriber on the care team (loop 2010EA). Unconfirmed list. */
  orderingPhysician: {
    system: CODE_SYSTEMS.x12EntityIdentifier,
    code: 'DK',
    display: 'Ordering Physician',
  },
} satisfies Record<string, Coding>;

/**
 * X12 1069 individual relationship code 18 (self) with its FHIR twin, as in the IG's Coverage
 * example [PAS-EX]. X12 treats a dependent who has a member id of their own as the subscriber,
 * which is how Infuse holds coverage (one member id per patient), so the patient is always self.
 */
export const SELF_RELATIONSHIP: Coding[] = [
  { system: 'http://terminology.hl7.org/CodeSystem/subscriber-relationship', code: 'self' },
  { system: CODE_SYSTEMS.x12IndividualRelationship, code: '18' },
];

/** X12 756 attachment transmission code: EL, the content travels with the request [PAS-EX]. */
export const ELECTRONICALLY_ONLY: Coding = {
  system: CODE_SYSTEMS.x12ReportTransmission,
  code: 'EL',
  display: 'Electronically Only',
};

/**
 * X12 755 report type codes (PWK01) for the attachments Infuse sends. PY as in the IG's referral
 * example [PAS-EX]; the others from public X12 837/278 tables (licensed list, unconfirmed).
 */
export const REPORT_TYPES = {
  prescription: { system: CODE_SYSTEMS.x12ReportType, code: 'B2', display: 'Prescription' },
  physicianReport: {
    system: CODE_SYSTEMS.x12ReportType,
    code: 'PY',
    display: "Physician's Report",
  },
  laboratoryResults: {
    system: CODE_SYSTEMS.x12ReportType,
    code: 'LA',
    display: 'Laboratory Results',
  },
  diagnosticReport: {
    system: CODE_SYSTEMS.x12ReportType,
    code: 'DG',
    display: 'Diagnostic Report',
  },
  supportData: {
    system: CODE_SYSTEMS.x12ReportType,
    code: 'OZ',
    display: 'Support Data for Claim',
  },
  medicalRecord: {
    system: CODE_SYSTEMS.x12ReportType,
    code: 'M1',
    display: 'Medical Record Attachment',
  },
} satisfies Record<string, Coding>;
