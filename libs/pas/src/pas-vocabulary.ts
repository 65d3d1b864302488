// Canonical URLs, code systems and code values of Da Vinci PAS 2.2.1 [PAS][PAS-SPEC] and of what
// it builds on (X12, US Core, HL7 terminology, the Subscriptions Backport), with the identifier
// namespaces Infuse mints: one home for the request builder, the response reader and the payer
// side, so the two ends of a request cannot drift apart. Every PAS URL here names a
// StructureDefinition of the packaged IG (libs/testing/fixtures/fhir-packages).
import type { Coding } from 'fhir/r4';

const PAS = 'http://hl7.org/fhir/us/davinci-pas';

/** A PAS StructureDefinition's canonical URL. */
export const pasProfile = (name: string): string => `${PAS}/StructureDefinition/${name}`;
/** A PAS extension's canonical URL. */
export const pasExtension = (name: string): string => `${PAS}/StructureDefinition/${name}`;

export const PAS_PROFILES = {
  requestBundle: pasProfile('profile-pas-request-bundle'),
  responseBundle: pasProfile('profile-pas-response-bundle'),
  inquiryRequestBundle: pasProfile('profile-pas-inquiry-request-bundle'),
  inquiryResponseBundle: pasProfile('profile-pas-inquiry-response-bundle'),
  claim: pasProfile('profile-claim'),
  claimUpdate: pasProfile('profile-claim-update'),
  claimInquiry: pasProfile('profile-claim-inquiry'),
  claimResponse: pasProfile('profile-claimresponse'),
  claimInquiryResponse: pasProfile('profile-claiminquiryresponse'),
  beneficiary: pasProfile('profile-beneficiary'),
  subscriber: pasProfile('profile-subscriber'),
  coverage: pasProfile('profile-coverage'),
  insurer: pasProfile('profile-insurer'),
  requestor: pasProfile('profile-requestor'),
  practitioner: pasProfile('profile-practitioner'),
  practitionerRole: pasProfile('profile-practitionerrole'),
  medicationRequest: pasProfile('profile-medicationrequest'),
  documentReference: pasProfile('profile-documentreference'),
  subscription: pasProfile('profile-subscription'),
} as const;

/**
 * US Core profiles a lab result claims. PAS lets AdditionalInformation point at US Core clinical
 * results, and US Core's lab profile is built on that one; an Observation claims both so a
 * validator matching the reference's target profile by name finds it.
 */
export const US_CORE_PROFILES = {
  observationLab: 'http://hl7.org/fhir/us/core/StructureDefinition/us-core-observation-lab',
  observationClinicalResult:
    'http://hl7.org/fhir/us/core/StructureDefinition/us-core-observation-clinical-result',
} as const;

export const PAS_EXTENSIONS = {
  certificationType: pasExtension('extension-certificationType'),
  serviceItemRequestType: pasExtension('extension-serviceItemRequestType'),
  requestedService: pasExtension('extension-requestedService'),
  documentInformation: pasExtension('extension-documentInformation'),
  careTeamClaimScope: pasExtension('extension-careTeamClaimScope'),
  reviewAction: pasExtension('extension-reviewAction'),
  reviewActionCode: pasExtension('extension-reviewActionCode'),
  itemPreAuthPeriod: pasExtension('extension-itemPreAuthPeriod'),
  itemPreAuthIssueDate: pasExtension('extension-itemPreAuthIssueDate'),
  itemAuthorizedDetail: pasExtension('extension-itemAuthorizedDetail'),
  itemRequestedServiceDate: pasExtension('extension-itemRequestedServiceDate'),
  itemTraceNumber: pasExtension('extension-itemTraceNumber'),
  authorizationNumber: pasExtension('extension-authorizationNumber'),
  administrationReferenceNumber: pasExtension('extension-administrationReferenceNumber'),
  errorElement: pasExtension('extension-errorElement'),
  errorPath: pasExtension('extension-errorPath'),
  errorFollowupAction: pasExtension('extension-errorFollowupAction'),
  infoChanged: pasExtension('extension-infoChanged'),
  infoCancelled: pasExtension('modifierextension-infoCancelled'),
} as const;

/** X12 005010 code systems PAS binds to, by X12 data element number. */
const x12 = (element: number): string => `https://codesystem.x12.org/005010/${element}`;

export const CODE_SYSTEMS = {
  /** 306: Action Code, the review action (REVIEW_ACTIONS). */
  x12ReviewAction: x12(306),
  /** 1322: Certification Type Code (CERTIFICATION_TYPES). */
  x12CertificationType: x12(1322),
  /** 1525: Request Category Code (HS health services review, AR admission review, SC specialty care). */
  x12RequestType: x12(1525),
  /** 1365: Service Type Code. */
  x12ServiceType: x12(1365),
  /** 901: Reject Reason Code (ClaimResponse.error). */
  x12RejectReason: x12(901),
  /** 889: Follow-up Action Code. */
  x12FollowUpAction: x12(889),
  /** 98: Entity Identifier Code (PR payer, 1P provider…). */
  x12EntityIdentifier: x12(98),
  /** 1069: Individual Relationship Code (18 self). */
  x12IndividualRelationship: x12(1069),
  /** 673: Quantity Qualifier (FL units). */
  x12QuantityQualifier: x12(673),
  /** 755: Report Type Code of an attachment (PWK01). */
  x12ReportType: x12(755),
  /** 756: Report Transmission Code of an attachment (PWK02; EL electronically only). */
  x12ReportTransmission: x12(756),
  /**
   * X12 external code source 886, Health Care Services Review Decision Reason Codes: the binding
   * of the reviewAction's `reasonCode` [PAS-CR] (ValueSet X12278ReviewDecisionReasonCode).
   */
  x12ReviewDecisionReason: 'https://codesystem.x12.org/external/886',
  /** HCPCS Level II: the J-code of the product. */
  hcpcs: 'http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets',
  icd10cm: 'http://hl7.org/fhir/sid/icd-10-cm',
  npi: 'http://hl7.org/fhir/sid/us-npi',
  placeOfService:
    'https://www.cms.gov/Medicare/Coding/place-of-service-codes/Place_of_Service_Code_Set',
  claimType: 'http://terminology.hl7.org/CodeSystem/claim-type',
  processPriority: 'http://terminology.hl7.org/CodeSystem/processpriority',
  adjudication: 'http://terminology.hl7.org/CodeSystem/adjudication',
  /** HL7 v2 table 0203, identifier type (IDENTIFIER_TYPES). */
  identifierType: 'http://terminology.hl7.org/CodeSystem/v2-0203',
  pasTempCodes: `${PAS}/CodeSystem/PASTempCodes`,
  loinc: 'http://loinc.org',
  ucum: 'http://unitsofmeasure.org',
} as const;

/**
 * X12 1322 certification type codes (UM02), on the Claim's and each item's certificationType
 * extension [PAS-SPEC]. The request builder sends I for an initial request, R (renewal) for a
 * reauthorization, S (revised) for an update and 3 for a cancellation; I and 3 are the IG
 * examples' codes [PAS-EX]. The payer also reads 1 (appeal) and 4 (extension) as new requests.
 */
export const CERTIFICATION_TYPES = {
  appeal: '1',
  cancel: '3',
  extension: '4',
  initial: 'I',
  renewal: 'R',
  revised: 'S',
} as const;

/**
 * X12 306 review action codes [PAS-SPEC][HCR]: the decision on each item. The response reader
 * keeps any other code as the payer sent it, for a coordinator to read.
 */
export const REVIEW_ACTIONS = {
  certifiedInTotal: 'A1',
  certifiedPartial: 'A2',
  notCertified: 'A3',
  pended: 'A4',
  modified: 'A6',
  /** The answer to an item the provider cancelled [HCR]. */
  cancelled: 'C',
} as const;

/** The PASTempCodes the request uses [PAS] (CodeSystem-PASTempCodes). */
export const PAS_TEMP_CODES = {
  /** Claim.supportingInfo category of attachments and clinical resources. */
  additionalInformation: 'additionalInformation',
  /** Claim.diagnosis.type of the diagnosis the request is for. */
  principal: 'principal',
  /** extension-infoChanged: the entry differs from the prior Claim's. */
  changed: 'changed',
} as const;

/**
 * The identifier types PAS and US Core slice on: v2 table 0203 MB, the member number (on a
 * Coverage, and on the Patient an inquiry names), and MR, the medical record number; CARIN's
 * payer id on the insurer.
 */
export const IDENTIFIER_TYPES = {
  member: { system: CODE_SYSTEMS.identifierType, code: 'MB', display: 'Member Number' },
  medicalRecord: {
    system: CODE_SYSTEMS.identifierType,
    code: 'MR',
    display: 'Medical record number',
  },
  payerId: {
    system: 'http://hl7.org/fhir/us/carin-bb/CodeSystem/C4BBIdentifierType',
    code: 'payerid',
    display: 'Payer ID',
  },
} as const satisfies Record<string, Coding>;

/** Home (CMS place of service 12): where the immunoglobulin is infused. */
export const PLACE_OF_SERVICE_HOME = '12';

/** The PAS subscription topic: a pended request's final answer is available [PAS-SPEC]. */
export const PAS_SUBSCRIPTION_TOPIC = `${PAS}/SubscriptionTopic/PASSubscriptionTopic`;

/** Subscriptions R5 Backport for R4 (1.1.0, a PAS dependency), which PAS notifications follow. */
const BACKPORT = 'http://hl7.org/fhir/uv/subscriptions-backport/StructureDefinition';
export const BACKPORT_URLS = {
  notificationBundle: `${BACKPORT}/backport-subscription-notification-r4`,
  subscriptionStatus: `${BACKPORT}/backport-subscription-status-r4`,
  filterCriteria: `${BACKPORT}/backport-filter-criteria`,
  payloadContent: `${BACKPORT}/backport-payload-content`,
} as const;

// Identifier namespaces Infuse mints for what it sends to payers. URNs, because Infuse publishes
// no web address for them; a payer only needs them to be stable and distinct. The payer side
// reads them too: it finds the payer a request is addressed to by IDENTIFIER_SYSTEMS.payer.
const INFUSE = 'urn:infuse:sid';

export const IDENTIFIER_SYSTEMS = {
  /** Bundle.identifier: one per submission. */
  submission: `${INFUSE}:pas-submission`,
  /** Infuse's patient id. */
  patient: `${INFUSE}:patient`,
  /** The pharmacy's medical record number. */
  mrn: `${INFUSE}:mrn`,
  /** Infuse's id of a stored document. */
  document: `${INFUSE}:document`,
  /** Infuse's id of a payer (the insurer Organization's identifier, PI slice). */
  payer: `${INFUSE}:payer`,
} as const;

/** A payer's member ids are unique only within that payer, so the payer names the namespace. */
export function memberIdSystem(payerId: string): string {
  return `${INFUSE}:payer:${encodeURIComponent(payerId)}:member-id`;
}
