// An OperationOutcome: the payer (or its intermediary) could not process the bundle at all, a
// validation or technical failure, not a decision [PAS-SPEC spec-40] (domain reference rule 22:
// a submission error, never a denial).
import { describe, firstCoding, resourceTypeOf } from '../fhir/fhir-elements';
import { asRecord, asText, type JsonRecord, recordsIn } from '../fhir/json-values';
import { malformed } from './malformed-answer';
import type { PasAnswer, PasError } from './pas-decision';

export function readOperationOutcome(resource: unknown): PasAnswer {
  const outcome = asRecord(resource);
  if (!outcome || resourceTypeOf(outcome) !== 'OperationOutcome')
    return malformed(`Expected an OperationOutcome, received ${describe(resource)}.`);
  const issues = recordsIn(outcome['issue']);
  if (issues.length === 0)
    return malformed(
      'The payer returned an OperationOutcome without any issue.',
      'OperationOutcome.issue',
    );
  return { kind: 'error', errors: issues.map(issueError) };
}

function issueError(issue: JsonRecord): PasError {
  const severity = asText(issue['severity']) ?? 'error';
  const type = asText(issue['code']);
  const details = asRecord(issue['details']);
  const detail = firstCoding(details);
  const code = detail?.code ?? type;
  const text = asText(issue['diagnostics']) ?? asText(details?.['text']) ?? detail?.display;
  // expression is the FHIRPath; location the older XPath-style path, kept when it is all there is.
  const location = firstText(issue['expression']) ?? firstText(issue['location']);
  return {
    ...(code ? { code } : {}),
    message: text
      ? `${severity}: ${text}`
      : `The payer reported ${severity} "${type ?? 'unknown'}" without details.`,
    ...(location ? { location } : {}),
  };
}

function firstText(value: unknown): string | undefined {
  return Array.isArray(value) ? asText(value[0]) : undefined;
}
