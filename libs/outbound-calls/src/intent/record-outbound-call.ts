import { randomUUID } from 'node:crypto';
import { currentTrace, formatTraceparent } from '@infuse/observability';
import { type EntityManager } from 'typeorm';
import { spanUnder } from '../http/span-under';
import { type CallKind } from './call-kind';
import {
  type CallRequest,
  type OutboundCallIntent,
  type RecordedCall,
} from './outbound-call-intent';

/** The channel the dispatchers LISTEN on; the payload is the schema that recorded a call. */
export const OUTBOUND_CALL_CHANNEL = 'infuse_outbound_call';

// Set by the dispatcher for each try; a stored token would outlive its validity, and the others
// would not be new for each try.
const RESERVED_HEADERS = new Set(['authorization', 'idempotency-key', 'traceparent']);

/**
 * Records a call to an outside system inside the caller's transaction, so the state change and
 * the intent to call commit together or not at all; the dispatcher makes the call after commit.
 */
export async function recordOutboundCall<Context>(
  manager: EntityManager,
  kind: CallKind<Context>,
  intent: OutboundCallIntent<Context>,
): Promise<RecordedCall<Context>> {
  if (!manager.queryRunner?.isTransactionActive) {
    throw new Error(
      `recordOutboundCall(${kind.name}) must run inside the transaction that changes the state`,
    );
  }
  const call: RecordedCall<Context> = {
    id: randomUUID(),
    kind: kind.name,
    context: intent.context,
    correlationId: intent.correlationId,
    actor: intent.actor,
    traceparent: formatTraceparent(spanUnder(currentTrace())),
    attempts: 0,
    createdAt: new Date(),
  };
  const { headers, body } = wireFormOf(intent.request);
  // The NOTIFY is delivered at commit, and never for a transaction that rolls back; it rides on
  // the insert's statement, one round trip for both.
  const schema = (manager.connection.options as { schema?: string }).schema ?? 'public';
  await manager.query(
    `WITH recorded AS (
       INSERT INTO outbound_call (id, kind, target, method, path, headers, body, context, correlation_id, traceparent, actor_subject, actor_role, created_at, next_attempt_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $13)
       RETURNING id)
     SELECT pg_notify($14, $15) FROM recorded`,
    [
      call.id,
      call.kind,
      intent.request.target,
      intent.request.method,
      intent.request.path,
      JSON.stringify(headers),
      body,
      JSON.stringify(call.context),
      call.correlationId,
      call.traceparent,
      call.actor.subject,
      call.actor.role,
      call.createdAt,
      OUTBOUND_CALL_CHANNEL,
      schema,
    ],
  );
  return call;
}

function wireFormOf(request: CallRequest): {
  headers: Record<string, string>;
  body: string | null;
} {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers ?? {})) {
    const lower = name.toLowerCase();
    if (RESERVED_HEADERS.has(lower))
      throw new Error(`an outbound call may not store the ${name} header`);
    headers[lower] = value;
  }
  if (!request.body) return { headers, body: null };
  if ('json' in request.body) {
    headers['content-type'] ??= 'application/json';
    return { headers, body: JSON.stringify(request.body.json) };
  }
  headers['content-type'] = request.body.contentType;
  return { headers, body: request.body.text };
}
