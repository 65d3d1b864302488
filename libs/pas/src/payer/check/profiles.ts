import { asArray, asRecord, type JsonRecord } from '../../fhir/json-values';

/** The profiles a resource declares in `meta.profile`, without their `|version`. */
export function declaredProfiles(resource: JsonRecord): string[] {
  return asArray(asRecord(resource['meta'])?.['profile'])
    .filter((profile): profile is string => typeof profile === 'string')
    .map((profile) => profile.split('|')[0] ?? profile);
}

/**
 * Whether the resource may be read as one of `accepted`: it declares one of them, or declares no
 * profile at all (PAS requires none to be declared, so a bare resource is judged by its shape).
 */
export function mayConformTo(resource: JsonRecord, accepted: readonly string[]): boolean {
  const declared = declaredProfiles(resource);
  return declared.length === 0 || declared.some((profile) => accepted.includes(profile));
}

/** The last segment of a profile URL, for messages: `profile-pas-response-bundle`. */
export function profileName(url: string): string {
  return url.slice(url.lastIndexOf('/') + 1);
}
