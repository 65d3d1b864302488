// Canonical URLs the request needs that the shared PAS vocabulary does not list (yet).
// TODO(pas-vocabulary): move these into PAS_PROFILES / PAS_EXTENSIONS in ../pas-vocabulary.ts.
import { pasExtension, pasProfile } from '../pas-vocabulary';

export const REQUEST_PROFILES = {
  practitionerRole: pasProfile('profile-practitionerrole'),
  /**
   * PAS lets AdditionalInformation point at US Core clinical results, and US Core's lab profile
   * is built on that one; an Observation claims both so a validator matching the reference's
   * target profile by name finds it.
   */
  usCoreLab: 'http://hl7.org/fhir/us/core/StructureDefinition/us-core-observation-lab',
  usCoreClinicalResult:
    'http://hl7.org/fhir/us/core/StructureDefinition/us-core-observation-clinical-result',
} as const;

export const REQUEST_EXTENSIONS = {
  requestedService: pasExtension('extension-requestedService'),
  documentInformation: pasExtension('extension-documentInformation'),
  careTeamClaimScope: pasExtension('extension-careTeamClaimScope'),
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
