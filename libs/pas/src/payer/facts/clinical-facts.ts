import { type BundleIndex, type IndexedEntry } from '../bundle/bundle-index';
import { CODE_SYSTEMS } from '../../pas-vocabulary';
import { calendarDateOf, codingsOf } from '../../fhir/fhir-elements';
import {
  asNumber,
  asRecord,
  asString,
  type JsonRecord,
  recordsIn,
  recordsOf,
} from '../../fhir/json-values';

export interface DiagnosisFact {
  /** ICD-10-CM as sent, e.g. D83.9. */
  readonly code: string;
  readonly display?: string;
}

export interface LabFact {
  /** LOINC code. */
  readonly code?: string;
  readonly display?: string;
  readonly value?: number;
  readonly unit?: string;
  /** When the specimen was taken: YYYY-MM-DD. */
  readonly date?: string;
}

export interface DocumentFact {
  readonly title?: string;
  readonly type?: string;
  readonly contentType?: string;
}

export interface MedicationFact {
  /** The MedicationRequest's medication as text: its text, else its first coding's display. */
  readonly text?: string;
  readonly codes: readonly { readonly system?: string; readonly code?: string }[];
}

/** The ICD-10-CM diagnoses of the Claim, principal (lowest sequence) first. */
export function diagnosesOf(claim: IndexedEntry, index: BundleIndex): DiagnosisFact[] {
  return recordsIn(claim.resource['diagnosis'])
    .sort((a, b) => (asNumber(a['sequence']) ?? 0) - (asNumber(b['sequence']) ?? 0))
    .flatMap((diagnosis) => {
      const concept =
        asRecord(diagnosis['diagnosisCodeableConcept']) ?? conditionCode(diagnosis, claim, index);
      return codingsOf(concept)
        .filter((coding) => coding.system === CODE_SYSTEMS.icd10cm && coding.code)
        .map((coding) => ({
          code: coding.code ?? '',
          ...(coding.display ? { display: coding.display } : {}),
        }));
    });
}

function conditionCode(diagnosis: JsonRecord, claim: IndexedEntry, index: BundleIndex): unknown {
  const reference = asString(asRecord(diagnosis['diagnosisReference'])?.['reference']);
  const condition = reference ? index.resolve(reference, claim) : undefined;
  return condition?.resourceType === 'Condition' ? condition.resource['code'] : undefined;
}

/** The lab results the Claim sends as supporting information (Observations it references). */
export function labsOf(claim: IndexedEntry, index: BundleIndex): LabFact[] {
  return recordsOf(claim.resource['supportingInfo']).flatMap(({ record }) => {
    const reference = asString(asRecord(record['valueReference'])?.['reference']);
    const observation = reference ? index.resolve(reference, claim) : undefined;
    return observation?.resourceType === 'Observation' ? [labOf(observation.resource)] : [];
  });
}

function labOf(observation: JsonRecord): LabFact {
  const codings = codingsOf(observation['code']);
  const loinc = codings.find((coding) => coding.system === CODE_SYSTEMS.loinc) ?? codings[0];
  const quantity = asRecord(observation['valueQuantity']);
  const value = asNumber(quantity?.['value']);
  const unit = asString(quantity?.['code']) ?? asString(quantity?.['unit']);
  const date =
    calendarDateOf(observation['effectiveDateTime']) ??
    calendarDateOf(asRecord(observation['effectivePeriod'])?.['start']) ??
    calendarDateOf(observation['issued']);
  const display = asString(asRecord(observation['code'])?.['text']) ?? loinc?.display;
  return {
    ...(loinc?.code ? { code: loinc.code } : {}),
    ...(display ? { display } : {}),
    ...(value !== undefined ? { value } : {}),
    ...(unit ? { unit } : {}),
    ...(date ? { date } : {}),
  };
}

/** Every document the Bundle carries (PAS sends them as DocumentReferences). */
export function documentsOf(index: BundleIndex): DocumentFact[] {
  return index.entries
    .filter((entry) => entry.resourceType === 'DocumentReference')
    .map(({ resource }) => {
      const attachment = asRecord(recordsOf(resource['content'])[0]?.record['attachment']);
      const title = asString(resource['description']) ?? asString(attachment?.['title']);
      const concept = asRecord(resource['type']);
      const [coding] = codingsOf(concept);
      const type = asString(concept?.['text']) ?? coding?.display ?? coding?.code;
      const contentType = asString(attachment?.['contentType']);
      return {
        ...(title ? { title } : {}),
        ...(type ? { type } : {}),
        ...(contentType ? { contentType } : {}),
      };
    });
}

/** The medications the Bundle orders (PASMedicationRequest entries). */
export function medicationsOf(index: BundleIndex): MedicationFact[] {
  return index.entries
    .filter((entry) => entry.resourceType === 'MedicationRequest')
    .map(({ resource }) => {
      const concept = asRecord(resource['medicationCodeableConcept']);
      const codings = codingsOf(concept);
      const text = asString(concept?.['text']) ?? codings[0]?.display;
      return {
        ...(text ? { text } : {}),
        codes: codings.map(({ system, code }) => ({
          ...(system ? { system } : {}),
          ...(code ? { code } : {}),
        })),
      };
    });
}
