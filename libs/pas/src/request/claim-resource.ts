// The Claim (use preauthorization) at the head of a request bundle: profile-claim for a new
// request, profile-claim-update for an update or cancellation of one already sent.
import type { Claim, ClaimItem, ClaimSupportingInfo, Coding, Identifier, Reference } from 'fhir/r4';
import { CODE_SYSTEMS, PAS_EXTENSIONS, PAS_PROFILES, PAS_TEMP_CODES } from '../pas-vocabulary';
import type { BundleResourceId } from './bundle-ids';
import { CARE_TEAM_SEQUENCE, DIAGNOSIS_SEQUENCE } from './claim-item';
import { concept, referenceTo } from './fhir-datatypes';
import { ENTITY_CODES } from './x12-request-codes';

/** fullUrls of the resources a Claim points at. */
export interface ClaimReferences {
  readonly patient: string;
  readonly coverage: string;
  readonly insurer: string;
  readonly requestor: string;
  readonly prescriberRole?: string;
}

export interface ClaimParts {
  readonly ids: BundleResourceId;
  readonly identifier: Identifier;
  readonly createdAt: string;
  readonly refs: ClaimReferences;
  readonly diagnosisCode: string;
  readonly item: ClaimItem;
  readonly supportingInfo: readonly ClaimSupportingInfo[];
  /** For an update: the Claim it updates [PAS-SPEC spec-72]. */
  readonly updates?: Reference;
  /** For a cancellation of the whole request: X12 1322 code 3 on the Claim [PAS-SPEC]. */
  readonly certificationType?: Coding;
}

export function claimResource(parts: ClaimParts): Claim {
  const { refs } = parts;
  return {
    resourceType: 'Claim',
    id: parts.ids.id,
    meta: { profile: [parts.updates ? PAS_PROFILES.claimUpdate : PAS_PROFILES.claim] },
    ...(parts.certificationType
      ? {
          extension: [
            {
              url: PAS_EXTENSIONS.certificationType,
              valueCodeableConcept: concept(parts.certificationType),
            },
          ],
        }
      : {}),
    identifier: [parts.identifier],
    ...preauthorization(refs, parts.createdAt),
    ...(parts.updates
      ? {
          related: [
            {
              claim: parts.updates,
              relationship: concept({
                system: 'http://terminology.hl7.org/CodeSystem/ex-relatedclaimrelationship',
                code: 'prior',
              }),
            },
          ],
        }
      : {}),
    ...(refs.prescriberRole
      ? {
          careTeam: [
            {
              extension: [{ url: PAS_EXTENSIONS.careTeamClaimScope, valueBoolean: true }],
              sequence: CARE_TEAM_SEQUENCE,
              provider: referenceTo(refs.prescriberRole),
              role: concept(ENTITY_CODES.orderingPhysician),
            },
          ],
        }
      : {}),
    ...(parts.supportingInfo.length > 0 ? { supportingInfo: [...parts.supportingInfo] } : {}),
    diagnosis: [
      {
        sequence: DIAGNOSIS_SEQUENCE,
        diagnosisCodeableConcept: concept({
          system: CODE_SYSTEMS.icd10cm,
          code: parts.diagnosisCode,
        }),
        type: [concept({ system: CODE_SYSTEMS.pasTempCodes, code: PAS_TEMP_CODES.principal })],
      },
    ],
    insurance: focalInsurance(refs.coverage),
    item: [parts.item],
  };
}

/**
 * What every Claim Infuse sends says of itself, a request or an inquiry: an active professional
 * preauthorization, from the pharmacy to the payer, for the patient, at normal priority.
 */
export function preauthorization(
  refs: Pick<ClaimReferences, 'patient' | 'insurer' | 'requestor'>,
  createdAt: string,
): Pick<
  Claim,
  'status' | 'type' | 'use' | 'patient' | 'created' | 'insurer' | 'provider' | 'priority'
> {
  return {
    status: 'active',
    type: concept({ system: CODE_SYSTEMS.claimType, code: 'professional' }),
    use: 'preauthorization',
    patient: referenceTo(refs.patient),
    created: createdAt,
    insurer: referenceTo(refs.insurer),
    provider: referenceTo(refs.requestor),
    priority: concept({ system: CODE_SYSTEMS.processPriority, code: 'normal' }),
  };
}

/** The one coverage a Claim is made under. */
export function focalInsurance(coverage: string): Claim['insurance'] {
  return [{ sequence: 1, focal: true, coverage: referenceTo(coverage) }];
}
