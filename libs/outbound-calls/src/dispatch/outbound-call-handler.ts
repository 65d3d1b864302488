import { type EntityManager } from 'typeorm';
import { type CallFailure } from '../http/call-failure';
import { type HttpResponse } from '../http/http-response';
import { type RecordedCall } from '../intent/outbound-call-intent';

export interface CallSucceeded<Context> {
  call: RecordedCall<Context>;
  /** A 2xx answer. */
  response: HttpResponse;
}

export type CallFailed<Context> =
  /** The receiver's final answer was not a success (a 4xx, or a 3xx): its status and body. */
  | { reason: 'rejected'; call: RecordedCall<Context>; response: HttpResponse }
  /** No final answer after the last attempt: the receiver stayed unavailable. */
  | { reason: 'gave-up'; call: RecordedCall<Context>; failure: CallFailure };

/**
 * What a service does with the outcome of one kind of call. Each hook runs in the transaction
 * that marks the call done, so what it writes (the payer's answer, events through the outbox)
 * commits exactly once with it. A hook that throws leaves the call pending: it is sent again
 * later with the same Idempotency-Key.
 */
export interface OutboundCallHandler<Context> {
  succeeded(outcome: CallSucceeded<Context>, manager: EntityManager): Promise<void>;
  failed(outcome: CallFailed<Context>, manager: EntityManager): Promise<void>;
}
