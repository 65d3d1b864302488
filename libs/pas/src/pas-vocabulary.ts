// Canonical URLs and code systems of Da Vinci PAS 2.2.1 [PAS][PAS-SPEC], in one place for the
// request builder, the response reader and the payer sandbox.

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
  medicationRequest: pasProfile('profile-medicationrequest'),
  documentReference: pasProfile('profile-documentreference'),
  subscription: pasProfile('profile-subscription'),
} as const;

export const PAS_EXTENSIONS = {
  certificationType: pasExtension('extension-certificationType'),
  serviceItemRequestType: pasExtension('extension-serviceItemRequestType'),
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
  /** 306: Action Code (review action: A1 certified in total, A3 not certified, A4 pended…). */
  x12ReviewAction: x12(306),
  /** 1322: Certification Type Code (1 appeal, 3 cancel, 4 extension, I initial, R renewal, S revised). */
  x12CertificationType: x12(1322),
  /** 1525: Request Category Code (HS health services review, AR admission review, SC specialty care). */
  x12RequestType: x12(1525),
  /** 1365: Service Type Code. */
  x12ServiceType: x12(1365),
  /** 901: Reject Reason Code (ClaimResponse.error). */
  x12RejectReason: x12(901),
  /** 889: Follow-up Action Code. */
  x12FollowUpAction: x12(889),
  /** HCPCS Level II: the J-code of the product. */
  hcpcs: 'http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets',
  icd10cm: 'http://hl7.org/fhir/sid/icd-10-cm',
  npi: 'http://hl7.org/fhir/sid/us-npi',
  placeOfService:
    'https://www.cms.gov/Medicare/Coding/place-of-service-codes/Place_of_Service_Code_Set',
  claimType: 'http://terminology.hl7.org/CodeSystem/claim-type',
  processPriority: 'http://terminology.hl7.org/CodeSystem/processpriority',
  adjudication: 'http://terminology.hl7.org/CodeSystem/adjudication',
  pasTempCodes: `${PAS}/CodeSystem/PASTempCodes`,
  loinc: 'http://loinc.org',
  ucum: 'http://unitsofmeasure.org',
} as const;

/**
 * X12 306 review action codes [PAS-SPEC][HCR]: the decision on each item. Anything else is kept
 * as the payer sent it, for a coordinator to read.
 */
export const REVIEW_ACTIONS = {
  certifiedInTotal: 'A1',
  certifiedPartial: 'A2',
  notCertified: 'A3',
  pended: 'A4',
  modified: 'A6',
} as const;

/** Home (CMS place of service 12): where the immunoglobulin is infused. */
export const PLACE_OF_SERVICE_HOME = '12';
