import { type BundleIndex, type IndexedEntry } from '../bundle/bundle-index';
import { IDENTIFIER_TYPES } from '../../pas-vocabulary';
import { codingsOf } from '../../fhir/fhir-elements';
import { asRecord, asString, recordsOf } from '../../fhir/json-values';

/** The member id a Coverage carries, and the FHIRPath a problem with it points at. */
export interface MemberId {
  readonly value?: string;
  readonly expression: string;
}

/**
 * The Coverage the Claim is for: its focal insurance, else its first [PAS-SPEC], resolved in the
 * Bundle; with the position of that insurance in `Claim.insurance`.
 */
export function focalCoverage(
  claim: IndexedEntry,
  index: BundleIndex,
): { coverage?: IndexedEntry; insurancePosition: number } | undefined {
  const insurances = recordsOf(claim.resource['insurance']);
  const chosen = insurances.find(({ record }) => record['focal'] === true) ?? insurances[0];
  if (!chosen) return undefined;
  const reference = asString(asRecord(chosen.record['coverage'])?.['reference']);
  const resolved = reference ? index.resolve(reference, claim) : undefined;
  return {
    ...(resolved?.resourceType === 'Coverage' ? { coverage: resolved } : {}),
    insurancePosition: chosen.index,
  };
}

/**
 * The member id: `Coverage.subscriberId`, where PAS 2.2 and prior-auth put it; else the Coverage
 * identifier typed MB (US Core's member id slice); else, as PAS 2.0.1 examples carry it, the
 * beneficiary Patient's member identifier (typed MB, else its first).
 */
export function memberIdOf(coverage: IndexedEntry, index: BundleIndex): MemberId {
  const subscriberId = asString(coverage.resource['subscriberId']);
  if (subscriberId)
    return { value: subscriberId, expression: `${coverage.expression}.subscriberId` };
  const onCoverage = memberIdentifier(coverage, false);
  if (onCoverage) return onCoverage;
  const reference = asString(asRecord(coverage.resource['beneficiary'])?.['reference']);
  const beneficiary = reference ? index.resolve(reference, coverage) : undefined;
  const onPatient =
    beneficiary?.resourceType === 'Patient' ? memberIdentifier(beneficiary, true) : undefined;
  return onPatient ?? { expression: `${coverage.expression}.subscriberId` };
}

function memberIdentifier(entry: IndexedEntry, orFirst: boolean): MemberId | undefined {
  const identifiers = recordsOf(entry.resource['identifier']).filter(({ record }) =>
    asString(record['value']),
  );
  const typed = identifiers.find(({ record }) =>
    codingsOf(record['type']).some(
      (coding) =>
        coding.system === IDENTIFIER_TYPES.member.system &&
        coding.code === IDENTIFIER_TYPES.member.code,
    ),
  );
  const chosen = typed ?? (orFirst ? identifiers[0] : undefined);
  const value = asString(chosen?.record['value']);
  return chosen && value
    ? { value, expression: `${entry.expression}.identifier[${chosen.index}].value` }
    : undefined;
}
