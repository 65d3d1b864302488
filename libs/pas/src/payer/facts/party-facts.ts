import { type BundleIndex, type IndexedEntry } from '../bundle/bundle-index';
import { CODE_SYSTEMS, IDENTIFIER_SYSTEMS } from '../../pas-vocabulary';
import { calendarDateOf } from '../../fhir/fhir-elements';
import { asArray, asRecord, asString, recordsIn, recordsOf } from '../../fhir/json-values';

export interface PatientFacts {
  readonly name?: string;
  readonly birthDate?: string;
  readonly gender?: string;
}

export interface ProviderFacts {
  readonly name?: string;
  readonly npi?: string;
  /** Every identifier value of the provider: a subscription's `orgIdentifier` filter matches one. */
  readonly identifiers: readonly string[];
}

export interface InsurerFacts {
  /** Infuse's payer id: the insurer's identifier in IDENTIFIER_SYSTEMS.payer, when it has one. */
  readonly payerId?: string;
  readonly name?: string;
}

/** The resource a Claim element references (`patient`, `insurer`, `provider`), if in the Bundle. */
export function partyOf(
  claim: IndexedEntry,
  index: BundleIndex,
  element: string,
): IndexedEntry | undefined {
  const reference = asString(asRecord(claim.resource[element])?.['reference']);
  return reference ? index.resolve(reference, claim) : undefined;
}

export function patientFacts(patient: IndexedEntry | undefined): PatientFacts {
  if (!patient) return {};
  const name = personName(patient.resource['name']);
  const birthDate = calendarDateOf(patient.resource['birthDate']);
  const gender = asString(patient.resource['gender']);
  return {
    ...(name ? { name } : {}),
    ...(birthDate ? { birthDate } : {}),
    ...(gender ? { gender } : {}),
  };
}

export function providerFacts(provider: IndexedEntry | undefined): ProviderFacts {
  if (!provider) return { identifiers: [] };
  const identifiers = recordsOf(provider.resource['identifier']);
  const name = asString(provider.resource['name']) ?? personName(provider.resource['name']);
  const npi = asString(
    identifiers.find(({ record }) => record['system'] === CODE_SYSTEMS.npi)?.record['value'],
  );
  return {
    ...(name ? { name } : {}),
    ...(npi ? { npi } : {}),
    identifiers: identifiers.flatMap(({ record }) => asString(record['value']) ?? []),
  };
}

export function insurerFacts(insurer: IndexedEntry | undefined): InsurerFacts {
  if (!insurer) return {};
  const payerId = asString(
    recordsOf(insurer.resource['identifier']).find(
      ({ record }) => record['system'] === IDENTIFIER_SYSTEMS.payer,
    )?.record['value'],
  );
  const name = asString(insurer.resource['name']);
  return { ...(payerId ? { payerId } : {}), ...(name ? { name } : {}) };
}

// A HumanName list as one line: the official name first, else the first; its text, else given
// names and family name.
function personName(value: unknown): string | undefined {
  const names = recordsIn(value);
  const name = names.find((candidate) => candidate['use'] === 'official') ?? names[0];
  if (!name) return undefined;
  const text = asString(name['text']);
  if (text) return text;
  const family = asString(name['family']);
  const parts = [
    ...asArray(name['given']).flatMap((given) => asString(given) ?? []),
    ...(family ? [family] : []),
  ];
  return parts.length > 0 ? parts.join(' ') : undefined;
}
