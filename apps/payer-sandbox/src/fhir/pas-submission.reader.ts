import { Injectable } from '@nestjs/common';
import {
  checkRequestBundle,
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
    const payer = this.payers.payerFor(facts.insurer.payerId);
    const memberIssue = operation === 'submit' ? memberIdIssue(facts, payer.memberIds) : undefined;
    if (memberIssue) throw new FhirRequestError(400, [memberIssue]);
    return { request: check.request, facts, payer };
  }
}
