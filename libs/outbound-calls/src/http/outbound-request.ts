import { type TraceContext } from '@infuse/observability';
import { type CallFailure } from './call-failure';
import { type HttpResponse } from './http-response';

export type HttpMethod = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface OutboundRequest {
  method: HttpMethod;
  /** Resolved against the target's base URL. */
  path: string;
  headers?: Record<string, string>;
  body?: string;
  /** Sent as `Idempotency-Key` on every try and every later dispatch, so the receiver applies it once. */
  idempotencyKey?: string;
  /** The span the call belongs to; each try is sent as a new child span. Defaults to the current trace. */
  trace?: TraceContext;
  /** Stops the call, e.g. at shutdown. */
  signal?: AbortSignal;
}

/**
 * `answered`: the receiver's final answer, a success or a refusal (a 4xx is the caller's to
 * record). `unavailable`: no final answer after the in-process tries; worth trying later.
 */
export type CallResult =
  | { outcome: 'answered'; response: HttpResponse; tries: number }
  | { outcome: 'unavailable'; failure: CallFailure; tries: number };
