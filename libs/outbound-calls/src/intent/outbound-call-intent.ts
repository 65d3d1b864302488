import { type Actor } from '@infuse/contracts';
import { type HttpMethod } from '../http/outbound-request';

export type RequestBody = { json: unknown } | { text: string; contentType: string };

/**
 * The request, stored ready-made: every dispatch sends the same bytes under the same
 * Idempotency-Key (receivers may refuse a reused key with a different body), and the use case
 * builds it inside its transaction from what it has in hand. Only the address and the token are
 * looked up at send time.
 */
export interface CallRequest {
  /** A name the service's CallTargets resolves when the call is sent, e.g. `payer:acme-health`. */
  target: string;
  method: HttpMethod;
  path: string;
  /** Never Authorization, Idempotency-Key or traceparent: the dispatcher sets those for each try. */
  headers?: Record<string, string>;
  body?: RequestBody;
}

export interface OutboundCallIntent<Context> {
  request: CallRequest;
  /** What the handler needs to apply the answer (e.g. the authorization request's id), no more. */
  context: Context;
  /** The referral the call belongs to. */
  correlationId: string;
  /** Who caused the call; handlers act in their name. */
  actor: Actor;
}

/** A call as its handler sees it. */
export interface RecordedCall<Context> {
  /** Also the Idempotency-Key the receiver sees on every try. */
  id: string;
  kind: string;
  context: Context;
  correlationId: string;
  actor: Actor;
  /** The call's span; the handler runs in it, so the events it publishes join the trace. */
  traceparent: string;
  /** Dispatches so far, this one included. */
  attempts: number;
  createdAt: Date;
}
