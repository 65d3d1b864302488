// What the PAS and US Core profiles need from a request input, checked before anything is built.
// The input is typed, but it comes from stored data: a field can still be empty or malformed, and
// each such field is named so the caller knows what to fix.
import { isUuid } from './name-based-uuid';
import { isValidNpi } from './npi';
import { PasInputError, type PasInputIssue } from './pas-input-error';
import type {
  PasAddress,
  PasInquiryInput,
  PasPriorClaim,
  PasRequestInput,
} from './pas-request-input';

const CALENDAR_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
// FHIR instant: seconds and a zone are required (Bundle.timestamp).
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;
const ICD_10_CM = /^[A-Z][0-9][0-9A-Z](\.[0-9A-Z]{1,4})?$/;
const HCPCS_LEVEL_II = /^[A-Z]\d{4}$/;
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

class IssueList {
  readonly issues: PasInputIssue[] = [];

  add(field: string, problem: string): void {
    this.issues.push({ field, problem });
  }

  text(field: string, value: string | undefined): void {
    if (typeof value !== 'string' || value.trim() === '') this.add(field, 'is required');
  }

  matches(field: string, value: string | undefined, pattern: RegExp, expected: string): void {
    if (typeof value !== 'string' || value === '') this.add(field, 'is required');
    else if (!pattern.test(value)) this.add(field, `must be ${expected}`);
  }

  date(field: string, value: string | undefined): void {
    this.matches(field, value, CALENDAR_DATE, 'a date YYYY-MM-DD');
  }

  instant(field: string, value: string | undefined): void {
    this.matches(field, value, INSTANT, 'an instant with seconds and a zone offset');
  }

  positive(field: string, value: number, integer = false): void {
    if (!Number.isFinite(value) || value <= 0) this.add(field, 'must be greater than 0');
    else if (integer && !Number.isInteger(value)) this.add(field, 'must be a whole number');
  }

  npi(field: string, value: string | undefined): void {
    if (typeof value !== 'string' || value === '') this.add(field, 'is required');
    else if (!isValidNpi(value)) this.add(field, 'must be ten digits with a valid check digit');
  }

  oneOf(field: string, value: string, allowed: readonly string[]): void {
    if (!allowed.includes(value)) this.add(field, `must be one of ${allowed.join(', ')}`);
  }

  orderedPeriod(field: string, start: string, end: string): void {
    if (CALENDAR_DATE.test(start) && CALENDAR_DATE.test(end) && start > end)
      this.add(field, 'must not end before it starts');
  }

  throwIfAny(): void {
    if (this.issues.length > 0) throw new PasInputError(this.issues);
  }
}

/** Throws a PasInputError naming every field a request bundle cannot be built without. */
export function checkRequestInput(input: PasRequestInput): void {
  const check = new IssueList();
  check.oneOf('certification', input.certification, [
    'initial',
    'reauthorization',
    'update',
    'cancel',
  ]);
  checkIdentifier(check, 'claimIdentifier', input.claimIdentifier);
  check.text('bundleIdentifier', input.bundleIdentifier);
  if (!isUuid(input.submissionId)) check.add('submissionId', 'must be a UUID');
  check.instant('createdAt', input.createdAt);
  checkParties(check, input);
  check.matches('diagnosisCode', input.diagnosisCode, ICD_10_CM, 'an ICD-10-CM code');
  checkItem(check, 'item', input.item);
  const documentIds = new Set<string>();
  input.documents.forEach((document, index) => {
    const at = `documents[${index}]`;
    check.text(`${at}.id`, document.id);
    if (documentIds.has(document.id)) check.add(`${at}.id`, 'repeats another document');
    documentIds.add(document.id);
    check.text(`${at}.type`, document.type);
    check.text(`${at}.title`, document.title);
    check.text(`${at}.contentType`, document.contentType);
    // PAS forbids a url: the content must travel inline [profile-documentreference].
    if (document.data === '' || !BASE64.test(document.data))
      check.add(`${at}.data`, 'must be non-empty base64');
  });
  input.labs.forEach((lab, index) => {
    const at = `labs[${index}]`;
    check.text(`${at}.code`, lab.code);
    if (!Number.isFinite(lab.value) || lab.value < 0) check.add(`${at}.value`, 'must be 0 or more');
    check.text(`${at}.unit`, lab.unit);
    check.date(`${at}.collectedOn`, lab.collectedOn);
  });
  if (input.certification === 'update' || input.certification === 'cancel')
    checkPriorClaim(check, input, input.priorClaim);
  check.throwIfAny();
}

/** Throws a PasInputError naming every field an inquiry bundle cannot be built without. */
export function checkInquiryInput(input: PasInquiryInput): void {
  const check = new IssueList();
  checkIdentifier(check, 'claimIdentifier', input.claimIdentifier);
  check.text('bundleIdentifier', input.bundleIdentifier);
  if (!isUuid(input.submissionId)) check.add('submissionId', 'must be a UUID');
  check.instant('createdAt', input.createdAt);
  checkParties(check, input);
  check.matches('item.hcpcs', input.item.hcpcs, HCPCS_LEVEL_II, 'a HCPCS level II code');
  check.date('item.periodStart', input.item.periodStart);
  check.date('item.periodEnd', input.item.periodEnd);
  check.orderedPeriod('item.periodEnd', input.item.periodStart, input.item.periodEnd);
  check.throwIfAny();
}

function checkIdentifier(
  check: IssueList,
  field: string,
  identifier: { readonly system: string; readonly value: string } | undefined,
): void {
  // PAS identifiers need both a system and a value (profile-identifier).
  check.text(`${field}.system`, identifier?.system);
  check.text(`${field}.value`, identifier?.value);
}

function checkParties(
  check: IssueList,
  input: Pick<PasRequestInput, 'pharmacy' | 'payer' | 'patient' | 'coverage'> &
    Partial<Pick<PasRequestInput, 'prescriber'>>,
): void {
  check.text('pharmacy.name', input.pharmacy.name);
  check.npi('pharmacy.npi', input.pharmacy.npi);
  if (input.pharmacy.address) checkAddress(check, 'pharmacy.address', input.pharmacy.address);
  check.text('payer.id', input.payer.id);
  check.text('payer.name', input.payer.name);
  check.text('patient.id', input.patient.id);
  check.text('patient.firstName', input.patient.firstName);
  check.text('patient.lastName', input.patient.lastName);
  check.date('patient.dateOfBirth', input.patient.dateOfBirth);
  check.oneOf('patient.sex', input.patient.sex, ['female', 'male', 'other', 'unknown']);
  if (input.patient.address) checkAddress(check, 'patient.address', input.patient.address);
  check.text('coverage.memberId', input.coverage.memberId);
  check.oneOf('coverage.planType', input.coverage.planType, [
    'commercial',
    'medicare',
    'medicaid',
    'other',
  ]);
  if (input.prescriber) {
    check.npi('prescriber.npi', input.prescriber.npi);
    check.text('prescriber.firstName', input.prescriber.firstName);
    check.text('prescriber.lastName', input.prescriber.lastName);
  }
}

function checkAddress(check: IssueList, field: string, address: PasAddress): void {
  check.text(`${field}.line1`, address.line1);
  check.text(`${field}.city`, address.city);
  check.text(`${field}.state`, address.state);
  check.text(`${field}.postalCode`, address.postalCode);
}

function checkItem(check: IssueList, field: string, item: PasRequestInput['item']): void {
  check.matches(`${field}.hcpcs`, item.hcpcs, HCPCS_LEVEL_II, 'a HCPCS level II code');
  check.positive(`${field}.units`, item.units, true);
  check.date(`${field}.periodStart`, item.periodStart);
  check.date(`${field}.periodEnd`, item.periodEnd);
  check.orderedPeriod(`${field}.periodEnd`, item.periodStart, item.periodEnd);
  const medication = item.medication;
  check.text(`${field}.medication.productName`, medication.productName);
  check.oneOf(`${field}.medication.route`, medication.route, ['IV', 'SC']);
  check.positive(`${field}.medication.doseGramsPerKg`, medication.doseGramsPerKg);
  check.positive(`${field}.medication.doseGrams`, medication.doseGrams);
  check.positive(`${field}.medication.infusionDays`, medication.infusionDays, true);
  check.positive(`${field}.medication.intervalDays`, medication.intervalDays, true);
  check.date(`${field}.medication.startDate`, medication.startDate);
}

function checkPriorClaim(
  check: IssueList,
  input: PasRequestInput,
  prior: PasPriorClaim | undefined,
): void {
  if (!prior) {
    // PAS: an update or cancellation references the Claim it changes and carries it along.
    check.add('priorClaim', `is required for certification ${input.certification}`);
    return;
  }
  checkIdentifier(check, 'priorClaim.claimIdentifier', prior.claimIdentifier);
  // Both Claims travel in one bundle; the payer must be able to tell the update from the prior.
  if (
    prior.claimIdentifier.system === input.claimIdentifier.system &&
    prior.claimIdentifier.value === input.claimIdentifier.value
  )
    check.add('claimIdentifier', 'must differ from priorClaim.claimIdentifier for an update');
  check.instant('priorClaim.createdAt', prior.createdAt);
  checkItem(check, 'priorClaim.item', prior.item);
  if (
    (prior.certification === 'update' || prior.certification === 'cancel') &&
    !prior.updatedClaimIdentifier
  )
    check.add(
      'priorClaim.updatedClaimIdentifier',
      'is required when the prior Claim was an update',
    );
  if (prior.certification === 'cancel')
    check.add('priorClaim.certification', 'cannot be cancel: a cancelled request is not updated');
}
