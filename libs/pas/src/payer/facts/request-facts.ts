import { type PasRequestBundle } from '../check/request-bundle-check';
import { CERTIFICATION_TYPES, PAS_PROFILES } from '../../pas-vocabulary';
import { asArray, asRecord, asString, type JsonRecord, recordsOf } from '../../fhir/json-values';
import {
  diagnosesOf,
  type DiagnosisFact,
  documentsOf,
  type DocumentFact,
  labsOf,
  type LabFact,
  medicationsOf,
  type MedicationFact,
} from './clinical-facts';
import { focalCoverage, memberIdOf, type MemberId } from './coverage-facts';
import { requestedItems, type RequestedItem } from './item-facts';
import {
  type InsurerFacts,
  insurerFacts,
  partyOf,
  type PatientFacts,
  patientFacts,
  type ProviderFacts,
  providerFacts,
} from './party-facts';

/** An identifier as the payer keys on it; `system` is '' when the sender gave none. */
export interface BusinessIdentifier {
  readonly system: string;
  readonly value: string;
}

/**
 * What the submission asks for: a new request (X12 1322 I, R, 4, 1…), an update of a known one
 * (S, or a claim-update with the Claim it replaces), or its cancellation (3 on every item).
 */
export type Certification = 'initial' | 'update' | 'cancel';

/** Everything the payer reads from a request Bundle: who, for whom, what, and the evidence. */
export interface PasRequestFacts {
  readonly bundleIdentifier: BusinessIdentifier;
  readonly claimIdentifier: BusinessIdentifier;
  /** Identifiers of the Claims this one replaces (`Claim.related.claim`). */
  readonly relatedClaimIdentifiers: readonly BusinessIdentifier[];
  readonly certification: Certification;
  readonly insurer: InsurerFacts;
  readonly member: MemberId;
  readonly patient: PatientFacts;
  readonly provider: ProviderFacts;
  readonly diagnoses: readonly DiagnosisFact[];
  readonly items: readonly RequestedItem[];
  readonly labs: readonly LabFact[];
  readonly documents: readonly DocumentFact[];
  readonly medications: readonly MedicationFact[];
}

export function readRequestFacts(request: PasRequestBundle): PasRequestFacts {
  const { claim, index, bundle } = request;
  const coverage = focalCoverage(claim, index)?.coverage;
  const items = requestedItems(claim);
  return {
    bundleIdentifier: identifierOf(bundle['identifier']) ?? { system: '', value: '' },
    claimIdentifier: identifierOf(asArray(claim.resource['identifier'])[0]) ?? {
      system: '',
      value: '',
    },
    relatedClaimIdentifiers: relatedClaimIdentifiers(request),
    certification: certificationOf(claim.resource, items),
    insurer: insurerFacts(partyOf(claim, index, 'insurer')),
    member: coverage
      ? memberIdOf(coverage, index)
      : { expression: `${claim.expression}.insurance` },
    patient: patientFacts(partyOf(claim, index, 'patient')),
    provider: providerFacts(partyOf(claim, index, 'provider')),
    diagnoses: diagnosesOf(claim, index),
    items,
    labs: labsOf(claim, index),
    documents: documentsOf(index),
    medications: medicationsOf(index),
  };
}

/** The key a payer stores an identifier under: `system|value`. */
export function identifierKey(identifier: BusinessIdentifier): string {
  return `${identifier.system}|${identifier.value}`;
}

function identifierOf(value: unknown): BusinessIdentifier | undefined {
  const record = asRecord(value);
  const identifierValue = asString(record?.['value']);
  return identifierValue
    ? { system: asString(record?.['system']) ?? '', value: identifierValue }
    : undefined;
}

function certificationOf(claim: JsonRecord, items: readonly RequestedItem[]): Certification {
  if (items.length > 0 && items.every((item) => item.cancelled)) return 'cancel';
  const profiles = asArray(asRecord(claim['meta'])?.['profile']).map((profile) =>
    typeof profile === 'string' ? profile.split('|')[0] : undefined,
  );
  const updates =
    profiles.includes(PAS_PROFILES.claimUpdate) ||
    recordsOf(claim['related']).length > 0 ||
    items.some((item) => item.certificationType === CERTIFICATION_TYPES.revised);
  return updates ? 'update' : 'initial';
}

// An update names the Claim it replaces by reference (the IG carries it in the Bundle) or by
// identifier.
function relatedClaimIdentifiers({ claim, index }: PasRequestBundle): BusinessIdentifier[] {
  return recordsOf(claim.resource['related']).flatMap(({ record }) => {
    const related = asRecord(record['claim']);
    const byIdentifier = identifierOf(related?.['identifier']);
    if (byIdentifier) return [byIdentifier];
    const reference = asString(related?.['reference']);
    const target = reference ? index.resolve(reference, claim) : undefined;
    const identifier =
      target?.resourceType === 'Claim'
        ? identifierOf(asArray(target.resource['identifier'])[0])
        : undefined;
    return identifier ? [identifier] : [];
  });
}
