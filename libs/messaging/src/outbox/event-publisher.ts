import { randomUUID } from 'node:crypto';
import { type Actor, type EventContract } from '@infuse/contracts';
import {
  childSpan,
  currentTrace,
  formatTraceparent,
  parseTraceparent,
} from '@infuse/observability';
import { type EntityManager } from 'typeorm';
import { type EventEnvelope } from '../envelope/event-envelope';
import { type Invocation } from '../invocation';
import { withTopicPrefix } from '../kafka/kafka-client';

export interface PublishContext {
  /** The referral the event belongs to. */
  correlationId: string;
  /** Who acted; carried as the CloudEvents extensions `actor` and `actorrole`. */
  actor: Actor;
  /** The event being handled when this one is produced, if any. */
  causedBy?: EventEnvelope;
  /** When the change happened: the service's clock. */
  occurredAt?: Date;
}

/** The publish context of a use case's events: its actor, and the event that called it if any. */
export function publishContextOf(
  invocation: Invocation,
  correlationId: string,
  occurredAt?: Date,
): PublishContext {
  return {
    correlationId,
    actor: invocation.actor,
    ...(invocation.cause ? { causedBy: invocation.cause } : {}),
    ...(occurredAt ? { occurredAt } : {}),
  };
}

/** An event did not match its own contract: a bug in the producer, never sent. */
export class EventContractViolation extends Error {
  constructor(type: string, detail: string) {
    super(`${type} does not match its contract: ${detail}`);
    this.name = 'EventContractViolation';
  }
}

/** One event to publish: its contract and its data, typed together. */
export interface OutgoingEvent<Data = unknown> {
  contract: EventContract<Data>;
  data: Data;
}

/** Pairs an event's data with its contract, checked by the compiler: `outgoing(ReferralAccepted, data)`. */
export function outgoing<Data>(contract: EventContract<Data>, data: Data): OutgoingEvent {
  return { contract, data };
}

/**
 * Writes an event to the outbox inside the caller's transaction, so the state change and its
 * event commit together or not at all; the relay publishes it afterwards.
 */
export async function publishEvent<Data>(
  manager: EntityManager,
  contract: EventContract<Data>,
  data: Data,
  context: PublishContext,
  topicPrefix = '',
): Promise<EventEnvelope<Data>> {
  const [envelope] = await publishEvents(manager, [outgoing(contract, data)], context, topicPrefix);
  return envelope as EventEnvelope<Data>;
}

/**
 * Writes the events of one change to the outbox, in the order given, inside the caller's
 * transaction: one lock per patient and one insert, whatever their number.
 */
export async function publishEvents(
  manager: EntityManager,
  events: readonly OutgoingEvent[],
  context: PublishContext,
  topicPrefix = '',
): Promise<EventEnvelope[]> {
  if (!manager.queryRunner?.isTransactionActive) {
    const types = events.map((event) => event.contract.type).join(', ');
    throw new Error(`publishing ${types} must run inside the transaction that changes the state`);
  }
  if (events.length === 0) return [];
  const envelopes = events.map((event) => envelopeOf(event, context));
  await lockSubjects(manager, envelopes);
  const columns = 12;
  const rows = envelopes.map(
    (_envelope, row) =>
      `(${Array.from({ length: columns }, (_column, column) => `$${row * columns + column + 1}`).join(', ')})`,
  );
  await manager.query(
    `INSERT INTO outbox (event_id, topic, type, source, subject, occurred_at, data, correlation_id, causation_id, traceparent, actor_subject, actor_role)
     VALUES ${rows.join(', ')}`,
    envelopes.flatMap((envelope, index) => [
      envelope.id,
      withTopicPrefix(topicPrefix, events[index]!.contract.topic),
      envelope.type,
      envelope.source,
      envelope.subject,
      envelope.time,
      JSON.stringify(envelope.data),
      envelope.correlationId,
      envelope.causationId ?? null,
      envelope.traceparent ?? null,
      context.actor.subject,
      context.actor.role,
    ]),
  );
  return envelopes;
}

function envelopeOf({ contract, data }: OutgoingEvent, context: PublishContext): EventEnvelope {
  const parsed = contract.schema.safeParse(data);
  if (!parsed.success) throw new EventContractViolation(contract.type, parsed.error.message);
  return {
    id: randomUUID(),
    type: contract.type,
    source: contract.source,
    subject: contract.keyOf(parsed.data),
    time: (context.occurredAt ?? new Date()).toISOString(),
    data: parsed.data,
    correlationId: context.correlationId,
    ...(context.causedBy ? { causationId: context.causedBy.id } : {}),
    ...traceOf(context.causedBy),
    actor: { subject: context.actor.subject, role: context.actor.role },
  };
}

/**
 * Transactions writing events for one patient take turns, so the outbox order of that patient's
 * events is their commit order and the relay publishes them in that order. Scoped to the
 * service's schema: advisory locks span the database, and other services' outboxes are no reason
 * to wait. Several patients' locks are taken in a fixed order, in one statement.
 */
async function lockSubjects(
  manager: EntityManager,
  envelopes: readonly EventEnvelope[],
): Promise<void> {
  const schema = (manager.connection.options as { schema?: string }).schema ?? 'public';
  const keys = [
    ...new Set(envelopes.map((envelope) => `outbox:${schema}:${envelope.subject}`)),
  ].sort();
  await manager.query(
    `SELECT pg_advisory_xact_lock(hashtext(key)) FROM unnest($1::text[]) WITH ORDINALITY AS lock(key, position) ORDER BY position`,
    [keys],
  );
}

// The event is a new span in the trace of whatever produced it: the HTTP request or the event
// being handled.
function traceOf(causedBy: EventEnvelope | undefined): { traceparent?: string } {
  const parent = currentTrace() ?? parseTraceparent(causedBy?.traceparent);
  return parent ? { traceparent: formatTraceparent(childSpan(parent)) } : {};
}
