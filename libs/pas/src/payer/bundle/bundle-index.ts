import { type JsonRecord } from '../../fhir/json-values';

/** One entry of a Bundle that has a fullUrl and a resource. */
export interface IndexedEntry {
  /** Its position in `Bundle.entry`. */
  readonly position: number;
  readonly fullUrl: string;
  readonly resource: JsonRecord;
  readonly resourceType: string;
  /** `Bundle.entry[n].resource`: where issues about the resource point. */
  readonly expression: string;
}

/** The entries of a Bundle, and how a reference inside one of them finds another. */
export interface BundleIndex {
  readonly entries: readonly IndexedEntry[];
  /**
   * The entry a literal reference in `from` points at, by the rules of FHIR R4 Bundle
   * resolution: an absolute URL or `urn:uuid:` must equal a fullUrl; a relative `Type/id` is
   * read against the base of `from`'s fullUrl when that is a RESTful URL
   * (`http://example.org/fhir/Patient/1` → `http://example.org/fhir/`), otherwise matched by
   * type and id (a `urn:uuid:` entry whose resource carries that id).
   */
  resolve(reference: string, from: IndexedEntry): IndexedEntry | undefined;
}

const ABSOLUTE = /^[a-z][a-z0-9+.-]*:/i;
const RELATIVE = /^([A-Z][A-Za-z]+)\/([A-Za-z0-9\-.]{1,64})$/;
const RESTFUL_FULL_URL = /^(.*\/)([A-Z][A-Za-z]+)\/([A-Za-z0-9\-.]{1,64})$/;
const HISTORY = /\/_history\/[^/]*$/;

export function indexEntries(entries: readonly IndexedEntry[]): BundleIndex {
  const byFullUrl = new Map<string, IndexedEntry>();
  for (const entry of entries)
    if (!byFullUrl.has(entry.fullUrl)) byFullUrl.set(entry.fullUrl, entry);
  return {
    entries,
    resolve(reference, from) {
      const target = reference.replace(HISTORY, '');
      if (ABSOLUTE.test(target)) return byFullUrl.get(target);
      const relative = RELATIVE.exec(target);
      if (!relative) return undefined;
      const base = RESTFUL_FULL_URL.exec(from.fullUrl)?.[1];
      if (base !== undefined) return byFullUrl.get(`${base}${target}`);
      const [, type, id] = relative;
      return entries.find((entry) => entry.resourceType === type && entry.resource['id'] === id);
    },
  };
}

/**
 * How a resource refers to an entry from outside the Bundle's own fullUrls: `Claim/abc` for an
 * entry at a RESTful fullUrl, else the fullUrl itself (`urn:uuid:…`).
 */
export function referenceTo(entry: IndexedEntry): string {
  const restful = RESTFUL_FULL_URL.exec(entry.fullUrl);
  return restful ? `${restful[2]}/${restful[3]}` : entry.fullUrl;
}

/** The fullUrl of a new resource beside `sibling`: on the same RESTful base, else a urn:uuid. */
export function fullUrlBeside(sibling: IndexedEntry, resourceType: string, id: string): string {
  const base = RESTFUL_FULL_URL.exec(sibling.fullUrl)?.[1];
  return base !== undefined ? `${base}${resourceType}/${id}` : `urn:uuid:${id}`;
}
