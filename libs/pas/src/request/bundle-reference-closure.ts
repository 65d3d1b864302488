// What the HL7 validator does not check in a collection bundle: that every reference resolves to
// exactly one entry, and that every entry is reached from the first (docs/fhir-validation.md).
// PAS requires both [PAS-SPEC spec-17, spec-18]. Used by tests of everything that builds bundles.

export interface ReferenceClosureReport {
  /** fullUrls that appear on more than one entry. */
  readonly duplicateFullUrls: readonly string[];
  /** References (with the path they were found at) that match no entry. */
  readonly unresolved: readonly { readonly path: string; readonly reference: string }[];
  /** Entries no reference chain from the first entry reaches. */
  readonly unreferenced: readonly string[];
}

/**
 * Checks a bundle whose entries reference each other by fullUrl (urn:uuid or absolute URLs), or
 * relatively ("Patient/123") against the base of the referencing entry's http(s) fullUrl, as the
 * IG's examples do. Logical references (identifier only) are not followed; contained resources
 * are not expected.
 */
export function checkReferenceClosure(bundle: {
  readonly entry?: readonly { readonly fullUrl?: string; readonly resource?: unknown }[];
}): ReferenceClosureReport {
  const entries = bundle.entry ?? [];
  const byFullUrl = new Map<string, unknown>();
  const duplicateFullUrls: string[] = [];
  for (const entry of entries) {
    if (!entry.fullUrl) continue;
    if (byFullUrl.has(entry.fullUrl)) duplicateFullUrls.push(entry.fullUrl);
    byFullUrl.set(entry.fullUrl, entry.resource);
  }
  const unresolved: { path: string; reference: string }[] = [];
  const reached = new Set<string>();
  const pending = entries[0]?.fullUrl ? [entries[0].fullUrl] : [];
  while (pending.length > 0) {
    const fullUrl = pending.pop()!;
    if (reached.has(fullUrl)) continue;
    reached.add(fullUrl);
    for (const found of referencesIn(byFullUrl.get(fullUrl), fullUrl)) {
      const target = resolveAgainst(fullUrl, found.reference, byFullUrl);
      if (target) pending.push(target);
      else unresolved.push(found);
    }
  }
  // References from entries nobody reaches are still checked for resolution.
  for (const entry of entries) {
    if (entry.fullUrl && !reached.has(entry.fullUrl))
      for (const found of referencesIn(entry.resource, entry.fullUrl))
        if (!resolveAgainst(entry.fullUrl, found.reference, byFullUrl)) unresolved.push(found);
  }
  const unreferenced = entries
    .map((entry) => entry.fullUrl)
    .filter((fullUrl): fullUrl is string => fullUrl !== undefined && !reached.has(fullUrl));
  return { duplicateFullUrls, unresolved, unreferenced };
}

const RESTFUL_URL = /^(https?:\/\/.+\/)[A-Z][A-Za-z]+\/[A-Za-z0-9\-.]{1,64}$/;
const RELATIVE_REFERENCE = /^[A-Z][A-Za-z]+\/[A-Za-z0-9\-.]{1,64}$/;

/** The fullUrl a reference made from the entry at `from` points at, if it is in the bundle. */
function resolveAgainst(
  from: string,
  reference: string,
  byFullUrl: ReadonlyMap<string, unknown>,
): string | undefined {
  if (byFullUrl.has(reference)) return reference;
  const base = RESTFUL_URL.exec(from)?.[1];
  if (base && RELATIVE_REFERENCE.test(reference) && byFullUrl.has(base + reference))
    return base + reference;
  return undefined;
}

function referencesIn(value: unknown, path: string): { path: string; reference: string }[] {
  if (Array.isArray(value))
    return value.flatMap((item, index) => referencesIn(item, `${path}[${index}]`));
  if (typeof value !== 'object' || value === null) return [];
  const found: { path: string; reference: string }[] = [];
  for (const [key, child] of Object.entries(value)) {
    if (key === 'reference' && typeof child === 'string') found.push({ path, reference: child });
    else found.push(...referencesIn(child, `${path}.${key}`));
  }
  return found;
}
