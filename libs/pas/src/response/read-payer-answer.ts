// The one entry point prior-auth reads a $submit answer through, whatever came back.
import { describe, resourceTypeOf } from '../fhir/fhir-elements';
import { asRecord } from '../fhir/json-values';
import { malformed } from './malformed-answer';
import type { PasAnswer } from './pas-decision';
import { readOperationOutcome } from './read-operation-outcome';
import { readResponseBundle } from './read-response-bundle';

/**
 * Reads the HTTP answer to Claim/$submit: a response Bundle is read for its decisions, an
 * OperationOutcome is a submission error [PAS-SPEC spec-40, spec-46], anything else an error
 * saying what came instead. `body` is the parsed JSON, or its text. Never throws.
 */
export function readPayerAnswer(status: number, body: unknown): PasAnswer {
  const parsed = typeof body === 'string' ? parseJson(body) : body;
  const resourceType = resourceTypeOf(parsed);
  const successful = status >= 200 && status < 300;
  if (resourceType === 'OperationOutcome') return readOperationOutcome(parsed);
  if (!successful)
    return malformed(
      `The payer answered HTTP ${status} with ${describe(parsed)} instead of an OperationOutcome.`,
    );
  if (resourceType === 'Bundle') return readResponseBundle(parsed);
  return malformed(
    `The payer answered HTTP ${status} with ${describe(parsed)}; PAS answers $submit with a response Bundle.`,
  );
}

function parseJson(text: string): unknown {
  try {
    return asRecord(JSON.parse(text)) ?? text;
  } catch {
    return text;
  }
}
