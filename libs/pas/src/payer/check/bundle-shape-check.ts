import { type IndexedEntry } from '../bundle/bundle-index';
import { errorAt, type PasIssue } from '../issues/pas-issue';
import { asArray, asRecord, asString, isRecord, type JsonRecord } from '../../fhir/json-values';
import { type PasOperation, OPERATION_INPUT } from './pas-operation';
import { declaredProfiles, mayConformTo, profileName } from './profiles';

/** What a body that is no Bundle at all gets: one issue at its root. */
export function notABundle(body: unknown): PasIssue {
  const resourceType = asString(asRecord(body)?.['resourceType']);
  return resourceType
    ? errorAt(resourceType, 'structure', `expected a Bundle, got a ${resourceType}`)
    : errorAt('Bundle', 'structure', 'expected a FHIR Bundle as JSON');
}

/** The Bundle's own elements: profile, type, identifier, timestamp, entries. */
export function bundleShapeIssues(bundle: JsonRecord, operation: PasOperation): PasIssue[] {
  const issues: PasIssue[] = [];
  const { bundleProfile } = OPERATION_INPUT[operation];
  if (!mayConformTo(bundle, [bundleProfile]))
    issues.push(
      errorAt(
        'Bundle.meta.profile',
        'invalid',
        `Claim/$${operation} takes a ${profileName(bundleProfile)}, not a ${declaredProfiles(bundle).map(profileName).join(' or ')}`,
      ),
    );
  if (bundle['type'] !== 'collection')
    issues.push(errorAt('Bundle.type', 'value', 'must be collection'));
  if (!asString(asRecord(bundle['identifier'])?.['value']))
    issues.push(
      errorAt('Bundle.identifier', 'required', 'the submitter transaction identifier is missing'),
    );
  if (!asString(bundle['timestamp']))
    issues.push(
      errorAt('Bundle.timestamp', 'required', 'when the Bundle was assembled is missing'),
    );
  if (asArray(bundle['entry']).length === 0)
    issues.push(errorAt('Bundle.entry', 'required', 'the Bundle has no entries'));
  return issues;
}

/** The entries that have a fullUrl and a resource, with an issue for each that has not. */
export function indexableEntries(bundle: JsonRecord, issues: PasIssue[]): IndexedEntry[] {
  const entries: IndexedEntry[] = [];
  const seen = new Set<string>();
  asArray(bundle['entry']).forEach((entry, position) => {
    const at = `Bundle.entry[${position}]`;
    if (!isRecord(entry)) {
      issues.push(errorAt(at, 'structure', 'an entry must be an object'));
      return;
    }
    const fullUrl = asString(entry['fullUrl']);
    const resource = asRecord(entry['resource']);
    const resourceType = asString(resource?.['resourceType']);
    if (!fullUrl) issues.push(errorAt(`${at}.fullUrl`, 'required', 'every entry needs a fullUrl'));
    else if (seen.has(fullUrl))
      issues.push(
        errorAt(`${at}.fullUrl`, 'duplicate', `${fullUrl} is the fullUrl of an earlier entry`),
      );
    if (!resource || !resourceType)
      issues.push(
        errorAt(`${at}.resource`, 'required', 'every entry needs a resource with a resourceType'),
      );
    if (!fullUrl || seen.has(fullUrl) || !resource || !resourceType) return;
    seen.add(fullUrl);
    entries.push({ position, fullUrl, resource, resourceType, expression: `${at}.resource` });
  });
  return entries;
}

/** At most as many Claims as the operation takes (the first entry is one of them). */
export function claimCountIssues(
  entries: readonly IndexedEntry[],
  operation: PasOperation,
): PasIssue[] {
  const { maxClaims } = OPERATION_INPUT[operation];
  return entries
    .filter((entry) => entry.resourceType === 'Claim')
    .slice(maxClaims)
    .map((entry) =>
      errorAt(
        entry.expression,
        'structure',
        maxClaims === 1
          ? 'an inquiry carries one Claim'
          : 'a request carries at most two Claims: the request and the one an update replaces',
      ),
    );
}
