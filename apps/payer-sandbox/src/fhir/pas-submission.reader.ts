import { Injectable } from '@nestjs/common';
import {
  checkRequestBundle,
  errorAt,
  type PasIssue,
  memberIdIssue,
  type PasOperation,
  type PasRequestBundle,
  type PasRequestFacts,
  readRequestFacts,
} from '@infuse/pas';
import { type PayerProfile } from '../domain/payer-profile';
import { PayerDirectory } from '../payers/payer-directory';
import { operationInput } from './fhir-body';
import { FhirRequestError } from './fhir-request.error';

/** A Bundle a provider sent to `$submit` or `$inquire`, checked, read, and addressed. */
export interface PasSubmission {
  readonly request: PasRequestBundle;
  readonly facts: PasRequestFacts;
  /** The payer its insurer names (or the one answering for other payers). */
  readonly payer: PayerProfile;
}

/**
 * Turns a FHIR body into a submission, or refuses it with one OperationOutcome listing every
 * problem (400). A member id the payer does not issue is refused here too, before anything is
 * stored: a submission error the coordinator can fix.
 */
@Injectable()
export class PasSubmissionReader {
  constructor(private readonly payers: PayerDirectory) {}

  read(body: unknown, operation: PasOperation): PasSubmission {
    const check = checkRequestBundle(operationInput(body), operation);
    if (!check.valid) throw new FhirRequestError(400, check.issues);
    const facts = readRequestFacts(check.request);
    const tooLong = overlongKeys(facts);
    if (tooLong.length > 0) throw new FhirRequestError(400, tooLong);
    const payer = this.payers.payerFor(facts.insurer.payerId);
    const memberIssue = operation === 'submit' ? memberIdIssue(facts, payer.memberIds) : undefined;
    if (memberIssue) throw new FhirRequestError(400, [memberIssue]);
    return { request: check.request, facts, payer };
  }
}

// The identifiers a payer keys requests on are indexed; an index entry has a size limit, so a
// key longer than any real identifier is refused here rather than failing in PostgreSQL.
const MAX_KEY_LENGTH = 256;

function overlongKeys(facts: PasRequestFacts): PasIssue[] {
  const claim = 'Bundle.entry[0].resource.identifier[0]';
  const keys: [string, string | undefined][] = [
    [`${claim}.system`, facts.claimIdentifier.system],
    [`${claim}.value`, facts.claimIdentifier.value],
    ['Bundle.identifier.system', facts.bundleIdentifier.system],
    ['Bundle.identifier.value', facts.bundleIdentifier.value],
    [facts.member.expression, facts.member.value],
  ];
  return keys
    .filter(([, value]) => (value?.length ?? 0) > MAX_KEY_LENGTH)
    .map(([expression]) => errorAt(expression, 'too-long', `at most ${MAX_KEY_LENGTH} characters`));
}
