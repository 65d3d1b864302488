import type { Bundle, ClaimResponse, CodeableConcept, Identifier, Period } from 'fhir/r4';
import { fullUrlBeside, referenceTo } from '../bundle/bundle-index';
import { type PasRequestBundle } from '../check/request-bundle-check';
import { partyOf } from '../facts/party-facts';
import { PAS_PROFILES, CODE_SYSTEMS } from '../../pas-vocabulary';
import { asArray, asRecord, asString, copyOf, isRecord } from '../../fhir/json-values';
import { type ItemDecision } from '../rules/item-decisions';
import { answerBundle } from './answer-bundle';
import { claimResponseItem, isCertified } from './review-action';

/** Who the answer is and when: the payer's ids and number for it, and the payer's clock. */
export interface AnswerIdentity {
  /** ClaimResponse.id: a UUID. */
  readonly responseId: string;
  /** Bundle.id: a UUID. */
  readonly bundleId: string;
  /** The payer's number for the request: the authorization number once certified. */
  readonly referenceNumber: string;
  /** When the payer answered: an instant. */
  readonly created: string;
  /** The payer's today (YYYY-MM-DD): the issue date of what it certifies. */
  readonly issueDate: string;
}

const PARTIES = ['patient', 'insurer', 'provider'] as const;

/**
 * The PAS response Bundle [PAS-SPEC]: the ClaimResponse first, then the parties it references,
 * copied from the request at their fullUrls, so its references resolve the way the Claim's did.
 * Its identifier echoes the request Bundle's, as the IG's examples do.
 */
export function buildResponseBundle(
  request: PasRequestBundle,
  decisions: readonly ItemDecision[],
  identity: AnswerIdentity,
): Bundle {
  return answerBundle({
    id: identity.bundleId,
    profile: PAS_PROFILES.responseBundle,
    answering: request.bundle,
    timestamp: identity.created,
    answer: {
      fullUrl: fullUrlBeside(request.claim, 'ClaimResponse', identity.responseId),
      resource: buildClaimResponse(request, decisions, identity),
    },
    quoted: PARTIES.flatMap((element) => partyOf(request.claim, request.index, element) ?? []),
  });
}

/** The ClaimResponse of a request: one item per requested item, in the request's order. */
export function buildClaimResponse(
  request: PasRequestBundle,
  decisions: readonly ItemDecision[],
  identity: AnswerIdentity,
): ClaimResponse {
  const claim = request.claim.resource;
  const identifiers = asArray(claim['identifier'])
    .filter(isRecord)
    .map((value) => copyOf<Identifier>(value));
  const certified = decisions.filter(isCertified);
  const period = spanOf(certified.flatMap((decision) => decision.period ?? []));
  return {
    resourceType: 'ClaimResponse',
    id: identity.responseId,
    meta: { profile: [PAS_PROFILES.claimResponse] },
    identifier: identifiers,
    status: 'active',
    type: claimType(claim['type']),
    use: 'preauthorization',
    patient: { reference: referenceOf(claim['patient']) },
    created: identity.created,
    insurer: { reference: referenceOf(claim['insurer']) },
    requestor: { reference: referenceOf(claim['provider']) },
    request: {
      reference: referenceTo(request.claim),
      ...(identifiers[0] ? { identifier: identifiers[0] } : {}),
    },
    outcome: 'complete',
    ...(certified.length > 0 ? { preAuthRef: identity.referenceNumber } : {}),
    ...(period ? { preAuthPeriod: period } : {}),
    item: decisions.map((decision) =>
      claimResponseItem(decision, identity.referenceNumber, identity.issueDate),
    ),
  };
}

function referenceOf(value: unknown): string {
  return asString(asRecord(value)?.['reference']) ?? '';
}

function claimType(value: unknown): CodeableConcept {
  return isRecord(value)
    ? copyOf<CodeableConcept>(value)
    : { coding: [{ system: CODE_SYSTEMS.claimType, code: 'professional' }] };
}

function spanOf(periods: readonly { start: string; end: string }[]): Period | undefined {
  if (periods.length === 0) return undefined;
  const starts = periods.map((period) => period.start).sort();
  const ends = periods.map((period) => period.end).sort();
  return { start: starts[0], end: ends[ends.length - 1] };
}
