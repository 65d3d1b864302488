import type { OperationOutcome } from 'fhir/r4';

/** The OperationOutcome issue types (FHIR issue-type) the payer answers with. */
export type OutcomeIssueCode =
  | 'structure'
  | 'required'
  | 'value'
  | 'invalid'
  | 'not-found'
  | 'duplicate'
  | 'not-supported'
  | 'business-rule'
  | 'too-long'
  | 'login'
  | 'forbidden'
  | 'transient'
  | 'exception';

/** One issue of an OperationOutcome; `expression` is a FHIRPath into what was sent. */
export interface OutcomeIssue {
  readonly severity: 'fatal' | 'error' | 'warning' | 'information';
  readonly code: OutcomeIssueCode;
  readonly diagnostics: string;
  readonly expression?: string;
}

/**
 * One problem with what a provider sent: where it is (a FHIRPath into the resource as sent, e.g.
 * `Bundle.entry[0].resource.insurance[0].coverage`) and what is wrong, in words a coordinator
 * can act on. Errors refuse the request; warnings do not.
 */
export interface PasIssue extends OutcomeIssue {
  readonly severity: 'error' | 'warning';
  readonly expression: string;
}

export function errorAt(expression: string, code: OutcomeIssueCode, diagnostics: string): PasIssue {
  return { severity: 'error', code, expression, diagnostics };
}

export function warningAt(
  expression: string,
  code: OutcomeIssueCode,
  diagnostics: string,
): PasIssue {
  return { severity: 'warning', code, expression, diagnostics };
}

/** One OperationOutcome listing every issue, as PAS answers what it cannot process [PAS-SPEC]. */
export function operationOutcomeOf(issues: readonly OutcomeIssue[]): OperationOutcome {
  return {
    resourceType: 'OperationOutcome',
    issue: issues.map((issue) => ({
      severity: issue.severity,
      code: issue.code,
      diagnostics: issue.diagnostics,
      ...(issue.expression ? { expression: [issue.expression] } : {}),
    })),
  };
}
