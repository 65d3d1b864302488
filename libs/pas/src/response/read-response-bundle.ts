// The PAS response Bundle to Claim/$submit: the ClaimResponse first, then what it references
// [PAS-SPEC spec-35].
import { describe, resourceTypeOf } from '../fhir/fhir-elements';
import { asRecord, recordsIn } from '../fhir/json-values';
import { lookupIn } from './bundle-lookup';
import { malformed } from './malformed-answer';
import type { PasAnswer } from './pas-decision';
import { readClaimResponse } from './read-claim-response';

/** Reads a response Bundle (also an inquiry response Bundle, which has the same shape). */
export function readResponseBundle(bundle: unknown): PasAnswer {
  const body = asRecord(bundle);
  if (!body || resourceTypeOf(body) !== 'Bundle')
    return malformed(`Expected a PAS response Bundle, received ${describe(bundle)}.`);
  const first = recordsIn(body['entry'])[0];
  const resource = first?.['resource'];
  if (resourceTypeOf(resource) !== 'ClaimResponse')
    return malformed(
      `The response Bundle's first entry is ${describe(resource)}; PAS puts the ClaimResponse first.`,
      'Bundle.entry[0].resource',
    );
  return readClaimResponse(resource, lookupIn(body));
}
