import { ClinicalError } from './clinical-error';
import { type ClinicalSettings, defaultClinicalSettings } from './clinical-settings';
import { type IndicationId, type Route } from './clinical-types';
import { type Icd10Entry, type IndicationDefinition } from './indication-definitions';
import { getProduct, isLabeledFor } from './product-catalogue';

export {
  type Icd10Entry,
  type IndicationDefinition,
  type IndicationGroup,
  indicationDefinitions,
} from './indication-definitions';

/** The indication an ICD-10 code maps to, and the table entry that matched. */
export interface IndicationMatch {
  readonly indication: IndicationDefinition;
  readonly entry: Icd10Entry;
  /** The code as normalized ('d839' → 'D83.9'). */
  readonly code: string;
}

const ICD10_PATTERN = /^[A-Z]\d{2}(\.[0-9A-Z]{1,4})?$/;

/**
 * Normalizes an ICD-10-CM code: trims, upper-cases and restores the dot after the category
 * ('d839' → 'D83.9'). Throws `CLINICAL.INVALID_INPUT` when the result is not code-shaped.
 */
export function normalizeIcd10(code: string): string {
  const compact = code.trim().toUpperCase().replace(/\s+/g, '');
  const dotted =
    compact.length > 3 && !compact.includes('.')
      ? `${compact.slice(0, 3)}.${compact.slice(3)}`
      : compact;
  if (!ICD10_PATTERN.test(dotted)) {
    throw new ClinicalError('CLINICAL.INVALID_INPUT', `'${code}' is not an ICD-10-CM code`, {
      code,
    });
  }
  return dotted;
}

function entryMatches(entry: Icd10Entry, code: string): boolean {
  return entry.match === 'exact' ? entry.code === code : code.startsWith(entry.code);
}

/** The indication with this id; throws `CLINICAL.UNKNOWN_INDICATION` otherwise. */
export function getIndication(
  indicationId: string,
  settings: ClinicalSettings = defaultClinicalSettings,
): IndicationDefinition {
  const indication = settings.indications.find((candidate) => candidate.id === indicationId);
  if (!indication) {
    throw new ClinicalError('CLINICAL.UNKNOWN_INDICATION', `unknown indication '${indicationId}'`, {
      indicationId,
    });
  }
  return indication;
}

/**
 * The indication an ICD-10-CM diagnosis code maps to, or undefined when the code is not an
 * indication the library knows (off-label for every product). Exact entries win over prefixes.
 */
export function findIndicationByIcd10(
  code: string,
  settings: ClinicalSettings = defaultClinicalSettings,
): IndicationMatch | undefined {
  const normalized = normalizeIcd10(code);
  const candidates = settings.indications.flatMap((indication) =>
    indication.icd10
      .filter((entry) => entryMatches(entry, normalized))
      .map((entry) => ({ indication, entry, code: normalized })),
  );
  return candidates.find((match) => match.entry.match === 'exact') ?? candidates[0];
}

/**
 * Whether the code is a primary immunodeficiency code of the Medicare LCD list
 * (D80.x / D81.x / D82.0 / D83.x, rule 25) [CSLICD][NCM].
 */
export function isPrimaryImmunodeficiencyCode(
  code: string,
  settings: ClinicalSettings = defaultClinicalSettings,
): boolean {
  return findIndicationByIcd10(code, settings)?.indication.group === 'primary-immunodeficiency';
}

/** Whether the code is CIDP (G61.81) or multifocal motor neuropathy (G61.82, unconfirmed). */
export function isCidpOrMmnCode(
  code: string,
  settings: ClinicalSettings = defaultClinicalSettings,
): boolean {
  const id = findIndicationByIcd10(code, settings)?.indication.id;
  return id === 'cidp' || id === 'multifocal-motor-neuropathy';
}

/** Whether the diagnosis is a labeled indication of the product (by `route` when given). */
export function isDiagnosisOnLabel(
  code: string,
  productId: string,
  route?: Route,
  settings: ClinicalSettings = defaultClinicalSettings,
): boolean {
  const match = findIndicationByIcd10(code, settings);
  return (
    match !== undefined && isLabeledFor(getProduct(productId, settings), match.indication.id, route)
  );
}

/** The ids of the indications in a group (e.g. every 'neuropathy' indication). */
export function indicationsInGroup(
  group: IndicationDefinition['group'],
  settings: ClinicalSettings = defaultClinicalSettings,
): IndicationId[] {
  return settings.indications
    .filter((indication) => indication.group === group)
    .map((indication) => indication.id);
}
