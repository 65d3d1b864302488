import { type HttpMethod, type OutboundRequest } from '../http/outbound-request';
import { type RecordedCall } from '../intent/outbound-call-intent';

/** A claimed row of the outbound_call table, as the dispatcher reads it. */
export interface OutboundCallRow {
  id: string;
  kind: string;
  target: string;
  method: HttpMethod;
  path: string;
  headers: Record<string, string>;
  body: string | null;
  context: unknown;
  correlation_id: string;
  traceparent: string;
  actor_subject: string;
  actor_role: string;
  /** Claims so far, this one included: also the fencing token of this claim. */
  attempts: number;
  created_at: Date;
}

export function recordedCallOf(row: OutboundCallRow): RecordedCall<unknown> {
  return {
    id: row.id,
    kind: row.kind,
    context: row.context,
    correlationId: row.correlation_id,
    actor: { subject: row.actor_subject, role: row.actor_role },
    traceparent: row.traceparent,
    attempts: row.attempts,
    createdAt: row.created_at,
  };
}

export function requestOf(row: OutboundCallRow): Omit<OutboundRequest, 'trace' | 'signal'> {
  return {
    method: row.method,
    path: row.path,
    headers: row.headers,
    ...(row.body === null ? {} : { body: row.body }),
    idempotencyKey: row.id,
  };
}
