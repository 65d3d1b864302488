import { type IndexedEntry } from '../bundle/bundle-index';
import { CERTIFICATION_TYPES, PAS_EXTENSIONS } from '../../pas-vocabulary';
import { calendarDateOf, codingsOf, extensionOf } from '../../fhir/fhir-elements';
import { asNumber, asRecord, asString, type JsonRecord, recordsOf } from '../../fhir/json-values';

export interface ProductOrService {
  readonly system?: string;
  readonly code?: string;
  readonly display?: string;
  readonly text?: string;
}

export interface DatePeriod {
  /** YYYY-MM-DD */
  readonly start: string;
  /** YYYY-MM-DD, inclusive */
  readonly end: string;
}

/** One item of the Claim as the payer reads it. */
export interface RequestedItem {
  readonly sequence: number;
  readonly productOrService: ProductOrService;
  /** Units requested (`item.quantity.value`), when given. */
  readonly quantity?: number;
  readonly unit?: string;
  /** `item.servicedPeriod`, or a `servicedDate` as a one-day period. */
  readonly period?: DatePeriod;
  /** X12 1322 code of the item's certificationType extension. */
  readonly certificationType?: string;
  /** Cancelled by the provider: certification type 3, or the infoCancelled modifier. */
  readonly cancelled: boolean;
}

/** The Claim's items with a valid sequence (the structural check has refused the others). */
export function requestedItems(claim: IndexedEntry): RequestedItem[] {
  return recordsOf(claim.resource['item']).flatMap(({ record }) => {
    const sequence = asNumber(record['sequence']);
    if (sequence === undefined || !Number.isInteger(sequence) || sequence < 1) return [];
    const product = asRecord(record['productOrService']);
    const [coding] = codingsOf(product);
    const text = asString(product?.['text']);
    const quantity = asRecord(record['quantity']);
    const value = asNumber(quantity?.['value']);
    const unit = asString(quantity?.['unit']) ?? asString(quantity?.['code']);
    const period = servicedPeriod(record);
    const certificationType = codingsOf(
      extensionOf(record, PAS_EXTENSIONS.certificationType)?.['valueCodeableConcept'],
    )[0]?.code;
    const cancelled =
      certificationType === CERTIFICATION_TYPES.cancel ||
      recordsOf(record['modifierExtension']).some(
        ({ record: modifier }) =>
          modifier['url'] === PAS_EXTENSIONS.infoCancelled && modifier['valueBoolean'] === true,
      );
    return [
      {
        sequence,
        productOrService: { ...coding, ...(text ? { text } : {}) },
        ...(value !== undefined ? { quantity: value } : {}),
        ...(unit ? { unit } : {}),
        ...(period ? { period } : {}),
        ...(certificationType ? { certificationType } : {}),
        cancelled,
      },
    ];
  });
}

function servicedPeriod(item: JsonRecord): DatePeriod | undefined {
  const date = calendarDateOf(item['servicedDate']);
  if (date) return { start: date, end: date };
  const period = asRecord(item['servicedPeriod']);
  const start = calendarDateOf(period?.['start']);
  const end = calendarDateOf(period?.['end']);
  return start && end && start <= end ? { start, end } : undefined;
}
