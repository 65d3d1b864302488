import { type OutcomeIssue } from '@infuse/pas';

/** The media type of every FHIR answer. */
export const FHIR_JSON = 'application/fhir+json';

/** A FHIR request the sandbox refuses: its status and the issues of its OperationOutcome. */
export class FhirRequestError extends Error {
  constructor(
    readonly status: number,
    readonly issues: readonly OutcomeIssue[],
  ) {
    super(`FHIR request refused with ${status}`);
    this.name = 'FhirRequestError';
  }
}

/** A failure an administrator injected (POST /v1/faults), answered with its status. */
export class InjectedFault extends Error {
  constructor(readonly status: number) {
    super(`injected ${status}`);
    this.name = 'InjectedFault';
  }
}
