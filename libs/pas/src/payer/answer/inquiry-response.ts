import type { Bundle, ClaimResponse, Parameters } from 'fhir/r4';
import { type IndexedEntry } from '../bundle/bundle-index';
import { type PasRequestBundle } from '../check/request-bundle-check';
import { focalCoverage } from '../facts/coverage-facts';
import { partyOf } from '../facts/party-facts';
import { PAS_PROFILES } from '../../pas-vocabulary';
import { asRecord, asString, copyOf, recordsIn } from '../../fhir/json-values';
import { answerBundle } from './answer-bundle';

/** A request the payer holds: the Bundle it was sent as and its current answer. */
export interface StoredAnswer {
  readonly request: PasRequestBundle;
  /** The current PAS response Bundle (ClaimResponse first). */
  readonly response: Bundle;
}

/**
 * The inquiry response Bundle for one matching request [PAS-SPEC]: its current ClaimResponse
 * under the inquiry-response profile, with the Coverage it was under, then the parties and the
 * Claim it answers. The identifier echoes the inquiry Bundle's.
 */
export function buildInquiryResponseBundle(
  inquiry: PasRequestBundle,
  stored: StoredAnswer,
  identity: { readonly bundleId: string; readonly created: string },
): Bundle {
  const [answer] = stored.response.entry ?? [];
  const claimResponse = answer?.resource;
  const fullUrl = answer?.fullUrl;
  if (claimResponse?.resourceType !== 'ClaimResponse' || !fullUrl)
    throw new Error('a stored answer has its ClaimResponse first');
  const { claim, index } = stored.request;
  const coverage = focalCoverage(claim, index)?.coverage;
  const related = [
    partyOf(claim, index, 'provider'),
    partyOf(claim, index, 'insurer'),
    coverage,
    partyOf(claim, index, 'patient'),
    claim,
  ].filter((entry): entry is IndexedEntry => entry !== undefined);
  return answerBundle({
    id: identity.bundleId,
    profile: PAS_PROFILES.inquiryResponseBundle,
    answering: inquiry.bundle,
    timestamp: identity.created,
    answer: { fullUrl, resource: asInquiryResponse(claimResponse, claim) },
    quoted: related,
  });
}

/**
 * The `$inquire` answer [PAS-OP]: a Parameters with one `return` per match, and none (no
 * `parameter` at all: FHIR JSON has no empty arrays) when the payer holds no matching request.
 */
export function inquiryResult(bundles: readonly Bundle[]): Parameters {
  return bundles.length === 0
    ? { resourceType: 'Parameters' }
    : {
        resourceType: 'Parameters',
        parameter: bundles.map((bundle) => ({ name: 'return', resource: bundle })),
      };
}

function asInquiryResponse(claimResponse: ClaimResponse, claim: IndexedEntry): ClaimResponse {
  const insurance = recordsIn(claim.resource['insurance']).map((record) => ({
    sequence: typeof record['sequence'] === 'number' ? record['sequence'] : 1,
    focal: record['focal'] === true,
    coverage: { reference: asString(asRecord(record['coverage'])?.['reference']) ?? '' },
  }));
  const copy = copyOf<ClaimResponse>(claimResponse);
  return {
    ...copy,
    meta: { ...copy.meta, profile: [PAS_PROFILES.claimInquiryResponse] },
    ...(insurance.length > 0 ? { insurance } : {}),
  };
}
