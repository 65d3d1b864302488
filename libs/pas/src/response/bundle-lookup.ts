// Finding a referenced resource among a bundle's entries. Payers' bundles reference by fullUrl
// (urn:uuid) or, as the IG examples do, relatively ("Claim/ReferralAuthorizationExample")
// against http fullUrls [PAS-EX]; both resolve here.
import { asRecord, asText, type JsonRecord, recordsIn } from '../fhir/json-values';

export type ResourceLookup = (reference: string | undefined) => JsonRecord | undefined;

const TYPE_AND_ID = /(?:^|\/)([A-Z][A-Za-z]+)\/([A-Za-z0-9\-.]{1,64})(?:\/_history\/[^/]+)?$/;

export function lookupIn(bundle: JsonRecord | undefined): ResourceLookup {
  const entries = recordsIn(bundle?.['entry']).map((entry) => ({
    fullUrl: asText(entry['fullUrl']),
    resource: asRecord(entry['resource']),
  }));
  return (reference) => {
    if (!reference) return undefined;
    const exact = entries.find((entry) => entry.fullUrl === reference);
    if (exact?.resource) return exact.resource;
    const match = TYPE_AND_ID.exec(reference);
    if (!match) return undefined;
    const [, resourceType, id] = match;
    return entries.find(
      (entry) => entry.resource?.['resourceType'] === resourceType && entry.resource?.['id'] === id,
    )?.resource;
  };
}

/** A lookup that finds nothing: a resource read on its own. */
export const NOTHING_TO_LOOK_UP: ResourceLookup = () => undefined;
