// The Bundle a submission travels in, request or inquiry: a collection identified by the
// submission's bundle identifier and stamped with the time it was made, every resource under the
// urn:uuid fullUrl its id gives it (./bundle-ids.ts).
import type { Bundle, BundleEntry, FhirResource } from 'fhir/r4';
import { IDENTIFIER_SYSTEMS } from '../pas-vocabulary';

export function submissionBundle(
  profile: string,
  submission: { readonly bundleIdentifier: string; readonly createdAt: string },
  entries: BundleEntry[],
): Bundle {
  return {
    resourceType: 'Bundle',
    meta: { profile: [profile] },
    identifier: { system: IDENTIFIER_SYSTEMS.submission, value: submission.bundleIdentifier },
    type: 'collection',
    timestamp: submission.createdAt,
    entry: entries,
  };
}

/** A resource's entry, at the fullUrl of its id. */
export function entry<T extends FhirResource & { id?: string }>(
  resource: T,
): BundleEntry<T> & { fullUrl: string; resource: T } {
  if (!resource.id) throw new Error(`${resource.resourceType} built without an id`);
  return { fullUrl: `urn:uuid:${resource.id}`, resource };
}
