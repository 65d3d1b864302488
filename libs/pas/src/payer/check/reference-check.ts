import { type BundleIndex, type IndexedEntry } from '../bundle/bundle-index';
import { referencesIn } from '../bundle/reference-walk';
import { errorAt, type PasIssue, warningAt } from '../issues/pas-issue';
import { asRecord, asString, recordsOf } from '../../fhir/json-values';

/**
 * Every literal reference must find its resource inside the Bundle [PAS-SPEC]: the Claim's and
 * its Coverages' are errors, since the payer adjudicates from them. A loose reference further
 * out is a warning: the IG's own Surgical example has a PractitionerRole pointing at a
 * Practitioner and a Location it does not carry, and the payer can adjudicate without them.
 */
export function referenceIssues(index: BundleIndex, claim: IndexedEntry): PasIssue[] {
  const strict = new Set<IndexedEntry>([claim, ...coveragesOf(claim, index)]);
  return index.entries.flatMap((entry) =>
    referencesIn(entry.resource, entry.expression)
      .filter(({ reference }) => !resolves(reference, entry, index))
      .map(({ path, reference }) => {
        const diagnostics = `${reference} is not in the Bundle: a request carries every resource it references`;
        return strict.has(entry)
          ? errorAt(path, 'not-found', diagnostics)
          : warningAt(path, 'not-found', diagnostics);
      }),
  );
}

function resolves(reference: string, from: IndexedEntry, index: BundleIndex): boolean {
  if (reference.startsWith('#')) {
    // A contained resource, or the container itself (`#`).
    const id = reference.slice(1);
    return (
      id === '' || recordsOf(from.resource['contained']).some(({ record }) => record['id'] === id)
    );
  }
  return index.resolve(reference, from) !== undefined;
}

function coveragesOf(claim: IndexedEntry, index: BundleIndex): IndexedEntry[] {
  return recordsOf(claim.resource['insurance']).flatMap(({ record }) => {
    const reference = asString(asRecord(record['coverage'])?.['reference']);
    const target = reference ? index.resolve(reference, claim) : undefined;
    return target?.resourceType === 'Coverage' ? [target] : [];
  });
}
