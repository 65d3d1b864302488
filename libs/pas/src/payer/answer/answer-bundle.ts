import type { Bundle, BundleEntry, Identifier } from 'fhir/r4';
import { asRecord, copyOf, type JsonRecord } from '../../fhir/json-values';
import { type IndexedEntry } from '../bundle/bundle-index';

/** What an answer Bundle holds besides its own answer, and whom it answers. */
export interface AnswerBundleParts {
  /** Bundle.id: a UUID. */
  readonly id: string;
  readonly profile: string;
  /** The Bundle answered: its identifier is echoed, as the IG's examples do. */
  readonly answering: JsonRecord;
  /** When the payer answered: an instant. */
  readonly timestamp: string;
  /** The first entry: the ClaimResponse. */
  readonly answer: BundleEntry;
  /** Entries of a request the answer references, copied after it (each once). */
  readonly quoted: readonly IndexedEntry[];
}

/**
 * A Bundle the payer answers with (a PAS response or inquiry response Bundle): its ClaimResponse
 * first, then copies of the request's entries it references at their own fullUrls, so its
 * references resolve the way they did in the request.
 */
export function answerBundle(parts: AnswerBundleParts): Bundle {
  const identifier = asRecord(parts.answering['identifier']);
  return {
    resourceType: 'Bundle',
    id: parts.id,
    meta: { profile: [parts.profile] },
    ...(identifier ? { identifier: copyOf<Identifier>(identifier) } : {}),
    type: 'collection',
    timestamp: parts.timestamp,
    entry: [
      parts.answer,
      ...onceEach(parts.quoted).map((entry): BundleEntry => ({
        fullUrl: entry.fullUrl,
        resource: copyOf<BundleEntry['resource']>(entry.resource),
      })),
    ],
  };
}

function onceEach(entries: readonly IndexedEntry[]): IndexedEntry[] {
  return entries.filter(
    (entry, position) => entries.findIndex((other) => other.fullUrl === entry.fullUrl) === position,
  );
}
