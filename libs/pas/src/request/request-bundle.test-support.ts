// Reading helpers for the request specs: find resources and extensions in a built bundle.
import type { Bundle, Claim, Element, Extension, FhirResource } from 'fhir/r4';

/** What checkReferenceClosure reports of a closed bundle: nothing. */
export const CLOSED = { duplicateFullUrls: [], unresolved: [], unreferenced: [] };

export function resources(bundle: Bundle): FhirResource[] {
  return (bundle.entry ?? []).map((entry) => entry.resource!);
}

export function fullUrls(bundle: Bundle): string[] {
  return (bundle.entry ?? []).map((entry) => entry.fullUrl!);
}

export function firstClaim(bundle: Bundle): Claim {
  const resource = bundle.entry?.[0]?.resource;
  if (resource?.resourceType !== 'Claim') throw new Error('the first entry is not a Claim');
  return resource;
}

/** The resource a reference points at, by fullUrl. */
export function resolve<T extends FhirResource['resourceType']>(
  bundle: Bundle,
  reference: string | undefined,
  resourceType: T,
): Extract<FhirResource, { resourceType: T }> {
  const resource = bundle.entry?.find((entry) => entry.fullUrl === reference)?.resource;
  if (resource?.resourceType !== resourceType)
    throw new Error(`${reference} is not a ${resourceType} in the bundle`);
  return resource as Extract<FhirResource, { resourceType: T }>;
}

export function ofType<T extends FhirResource['resourceType']>(
  bundle: Bundle,
  resourceType: T,
): Extract<FhirResource, { resourceType: T }>[] {
  return resources(bundle).filter(
    (resource): resource is Extract<FhirResource, { resourceType: T }> =>
      resource.resourceType === resourceType,
  );
}

export function extension(
  element: { extension?: Extension[]; modifierExtension?: Extension[] } & Element,
  url: string,
): Extension | undefined {
  return [...(element.extension ?? []), ...(element.modifierExtension ?? [])].find(
    (candidate) => candidate.url === url,
  );
}

/** The first coding's code of an extension's CodeableConcept value. */
export function codeOf(found: Extension | undefined): string | undefined {
  return found?.valueCodeableConcept?.coding?.[0]?.code;
}
