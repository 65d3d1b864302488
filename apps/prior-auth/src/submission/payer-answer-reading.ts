import { type CallFailed, type CallSucceeded, type HttpResponse } from '@infuse/outbound-calls';
import {
  type PasAnswer,
  type PasNotification,
  readInquiryResponse,
  readNotificationBundle,
  readPayerAnswer,
} from '@infuse/pas';
import { parseStorableJson } from './storable-json';

// The one place prior-auth reads FHIR from payers; the PAS library does the reading, and never
// throws: what cannot be read comes back as an error answer saying why.

/** What a call to a payer came to: its HTTP status, and its answer when the payer gave one. */
export interface PayerReply {
  /** Absent when the payer never answered. */
  httpStatus: number | null;
  /** Absent when the payer stayed unavailable after the last attempt. */
  answer: PasAnswer | undefined;
}

/** The reply in a call's outcome, a success or a refusal read by `read`. */
export function payerReplyOf<Context>(
  outcome: CallSucceeded<Context> | CallFailed<Context>,
  read: (response: HttpResponse) => PasAnswer,
): PayerReply {
  if ('reason' in outcome && outcome.reason === 'gave-up')
    return { httpStatus: outcome.failure.status ?? null, answer: undefined };
  return { httpStatus: outcome.response.status, answer: read(outcome.response) };
}

/** The payer's answer to `Claim/$submit`: a response Bundle, or an OperationOutcome with a 4xx. */
export function submitAnswerOf(response: HttpResponse): PasAnswer {
  return readPayerAnswer(response.status, jsonOf(response));
}

/**
 * The payer's answer to `Claim/$inquire` about one Claim: of the response Bundles it returns (one
 * per matching request), the one answering this Claim; a refusal or nothing matching is an error.
 */
export function inquiryAnswerOf(response: HttpResponse, claimValue: string): PasAnswer {
  if (!response.ok) return submitAnswerOf(response);
  const answers = readInquiryResponse(jsonOf(response));
  const decided = answers.filter((answer) => answer.kind === 'adjudicated');
  const mine =
    decided.find((answer) => answer.claimIdentifier === claimValue) ??
    (decided.length === 1 && decided[0]?.claimIdentifier === undefined ? decided[0] : undefined);
  return (
    mine ??
    answers.find((answer) => answer.kind === 'error') ?? {
      kind: 'error',
      errors: [{ message: 'The payer found no request matching the inquiry.' }],
    }
  );
}

/** What a rest-hook notification carries: its type, and one answer per event. */
export function notificationOf(body: unknown): PasNotification {
  return readNotificationBundle(body);
}

// Parsed when it is JSON; otherwise the text, which the readers describe in the error they return.
function jsonOf(response: HttpResponse): unknown {
  const text = response.text();
  return parseStorableJson(text) ?? text;
}
