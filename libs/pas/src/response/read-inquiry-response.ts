// The answer to Claim/$inquire: zero or more inquiry response Bundles, one per matching request
// [PAS-SPEC "Prior Authorization Inquiries"]. The operation returns them in a Parameters whose
// output OperationDefinition-Claim-inquiry names `return`; the IG's own example names it
// `responseBundle`, so both are read (fixtures README, [PAS-OP]).
import { describe, resourceTypeOf } from '../fhir/fhir-elements';
import { asRecord, asText, type JsonRecord, recordsIn } from '../fhir/json-values';
import { malformed } from './malformed-answer';
import type { PasAnswer } from './pas-decision';
import { readOperationOutcome } from './read-operation-outcome';
import { readResponseBundle } from './read-response-bundle';

const BUNDLE_PARAMETERS = new Set(['return', 'responseBundle']);

/** One answer per matching request; none when nothing matched. Never throws. */
export function readInquiryResponse(body: unknown): readonly PasAnswer[] {
  const resource = asRecord(body);
  const resourceType = resourceTypeOf(resource);
  if (resource && resourceType === 'Parameters')
    return recordsIn(resource['parameter'])
      .filter((parameter) => BUNDLE_PARAMETERS.has(asText(parameter['name']) ?? ''))
      .map((parameter) => readOne(parameter['resource']));
  if (resource && resourceType === 'Bundle') return readBundle(resource);
  if (resourceType === 'OperationOutcome') return [readOperationOutcome(resource)];
  return [
    malformed(
      `Expected the $inquire answer (a Parameters or a Bundle), received ${describe(body)}.`,
    ),
  ];
}

function readOne(resource: unknown): PasAnswer {
  return resourceTypeOf(resource) === 'OperationOutcome'
    ? readOperationOutcome(resource)
    : readResponseBundle(resource);
}

/** The single response Bundle returned directly, or a Bundle gathering several. */
function readBundle(bundle: JsonRecord): readonly PasAnswer[] {
  const resources = recordsIn(bundle['entry']).map((entry) => entry['resource']);
  if (resources.length > 0 && resources.every((resource) => resourceTypeOf(resource) === 'Bundle'))
    return resources.map(readOne);
  return [readResponseBundle(bundle)];
}
