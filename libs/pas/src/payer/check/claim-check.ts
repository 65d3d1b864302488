import { type BundleIndex, type IndexedEntry } from '../bundle/bundle-index';
import { focalCoverage, memberIdOf } from '../facts/coverage-facts';
import { errorAt, type PasIssue } from '../issues/pas-issue';
import { codingsOf } from '../../fhir/fhir-elements';
import { asArray, asRecord, asString, isRecord } from '../../fhir/json-values';
import { type PasOperation, OPERATION_INPUT } from './pas-operation';
import { declaredProfiles, mayConformTo, profileName } from './profiles';

// The parties a payer cannot adjudicate without, and what each must be [PAS-SPEC].
const PARTIES = [
  { element: 'patient', types: ['Patient'] },
  { element: 'insurer', types: ['Organization'] },
  { element: 'provider', types: ['Organization', 'Practitioner', 'PractitionerRole'] },
] as const;

/** The Claim's own rules: profile, use, identifier, parties, insurance and items. */
export function claimIssues(
  claim: IndexedEntry,
  index: BundleIndex,
  operation: PasOperation,
): PasIssue[] {
  const at = claim.expression;
  const resource = claim.resource;
  const { claimProfiles, itemsRequired } = OPERATION_INPUT[operation];
  const issues: PasIssue[] = [];
  if (!mayConformTo(resource, claimProfiles))
    issues.push(
      errorAt(
        `${at}.meta.profile`,
        'invalid',
        `Claim/$${operation} takes a Claim of ${claimProfiles.map(profileName).join(' or ')}, not ${declaredProfiles(resource).map(profileName).join(' or ')}`,
      ),
    );
  if (!asRecord(resource['type']))
    issues.push(errorAt(`${at}.type`, 'required', 'the Claim type (e.g. professional) is missing'));
  if (resource['use'] !== 'preauthorization')
    issues.push(errorAt(`${at}.use`, 'value', 'must be preauthorization'));
  if (!asString(asRecord(asArray(resource['identifier'])[0])?.['value']))
    issues.push(
      errorAt(`${at}.identifier`, 'required', 'the Claim needs an identifier the payer can track'),
    );
  for (const party of PARTIES)
    issues.push(...partyIssues(claim, index, party.element, party.types));
  issues.push(...insuranceIssues(claim, index));
  issues.push(...itemIssues(claim, itemsRequired));
  return issues;
}

function partyIssues(
  claim: IndexedEntry,
  index: BundleIndex,
  element: string,
  types: readonly string[],
): PasIssue[] {
  const at = `${claim.expression}.${element}`;
  const reference = asString(asRecord(claim.resource[element])?.['reference']);
  if (!reference)
    return [
      errorAt(at, 'required', `Claim.${element} must reference its ${types[0]} in the Bundle`),
    ];
  // A reference that resolves to nothing is reported with every other unresolved reference.
  const target = index.resolve(reference, claim);
  return target && !types.includes(target.resourceType)
    ? [
        errorAt(
          at,
          'invalid',
          `must reference a ${types.join(' or ')}, not a ${target.resourceType}`,
        ),
      ]
    : [];
}

function insuranceIssues(claim: IndexedEntry, index: BundleIndex): PasIssue[] {
  const at = `${claim.expression}.insurance`;
  const insurances = asArray(claim.resource['insurance']);
  if (insurances.length === 0)
    return [errorAt(at, 'required', 'the Claim names no insurance (Coverage)')];
  const issues: PasIssue[] = [];
  insurances.forEach((insurance, position) => {
    const reference = asString(asRecord(asRecord(insurance)?.['coverage'])?.['reference']);
    const target = reference ? index.resolve(reference, claim) : undefined;
    if (!reference)
      issues.push(
        errorAt(
          `${at}[${position}].coverage`,
          'required',
          'must reference the Coverage in the Bundle',
        ),
      );
    else if (target && target.resourceType !== 'Coverage')
      issues.push(
        errorAt(
          `${at}[${position}].coverage`,
          'invalid',
          `must reference a Coverage, not a ${target.resourceType}`,
        ),
      );
  });
  const coverage = focalCoverage(claim, index)?.coverage;
  const memberId = coverage ? memberIdOf(coverage, index) : undefined;
  if (memberId && !memberId.value)
    issues.push(
      errorAt(memberId.expression, 'required', 'the member id (Coverage.subscriberId) is missing'),
    );
  return issues;
}

function itemIssues(claim: IndexedEntry, itemsRequired: boolean): PasIssue[] {
  const at = `${claim.expression}.item`;
  const items = asArray(claim.resource['item']);
  if (items.length === 0)
    return itemsRequired ? [errorAt(at, 'required', 'the Claim requests no item')] : [];
  const issues: PasIssue[] = [];
  const firstAt = new Map<number, number>();
  items.forEach((item, position) => {
    const itemAt = `${at}[${position}]`;
    if (!isRecord(item)) {
      issues.push(errorAt(itemAt, 'structure', 'an item must be an object'));
      return;
    }
    const sequence = item['sequence'];
    if (typeof sequence !== 'number' || !Number.isInteger(sequence) || sequence < 1)
      issues.push(errorAt(`${itemAt}.sequence`, 'value', 'must be a positive whole number'));
    else if (firstAt.has(sequence))
      issues.push(
        errorAt(
          `${itemAt}.sequence`,
          'duplicate',
          `sequence ${sequence} is also item[${firstAt.get(sequence)}]'s; the answer echoes each item by its sequence`,
        ),
      );
    else firstAt.set(sequence, position);
    const product = asRecord(item['productOrService']);
    if (codingsOf(product).every((coding) => !coding.code) && !asString(product?.['text']))
      issues.push(
        errorAt(`${itemAt}.productOrService`, 'required', 'the item names no product or service'),
      );
  });
  return issues;
}
