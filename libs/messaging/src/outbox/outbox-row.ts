import { type EventEnvelope } from '../envelope/event-envelope';

/** A row of the outbox table as the relay reads it. */
export interface OutboxRow {
  position: string;
  event_id: string;
  topic: string;
  type: string;
  source: string;
  subject: string;
  occurred_at: Date;
  data: unknown;
  correlation_id: string;
  causation_id: string | null;
  traceparent: string | null;
  actor_subject: string | null;
  actor_role: string | null;
}

export function envelopeOf(row: OutboxRow): EventEnvelope {
  return {
    id: row.event_id,
    type: row.type,
    source: row.source,
    subject: row.subject,
    time: row.occurred_at.toISOString(),
    data: row.data,
    correlationId: row.correlation_id,
    ...(row.causation_id ? { causationId: row.causation_id } : {}),
    ...(row.traceparent ? { traceparent: row.traceparent } : {}),
    ...(row.actor_subject && row.actor_role
      ? { actor: { subject: row.actor_subject, role: row.actor_role } }
      : {}),
  };
}
