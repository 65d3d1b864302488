import { type EventEnvelope, type Invocation } from '@infuse/messaging';
import { type RecordedCall } from '@infuse/outbound-calls';
import { type EntityManager } from 'typeorm';

/** What the events of a later transaction need of the event that caused them: who it is, not its data. */
export type CausingEvent = Pick<
  EventEnvelope,
  'id' | 'type' | 'source' | 'subject' | 'time' | 'correlationId' | 'traceparent'
>;

/**
 * The event whose handling began an exchange with the payer (a referral's acceptance, a
 * follow-up falling due), carried by each call of the exchange: what the answers change is
 * announced as caused by it, however many calls later, as if it had been decided while handling
 * that event. Absent when a person began the exchange over HTTP.
 */
export interface CallCause {
  cause?: CausingEvent;
}

/** The cause a call recorded under `invocation` carries on. */
export function causeOf(invocation: Invocation): CallCause {
  const event = invocation.cause;
  if (!event) return {};
  const { id, type, source, subject, time, correlationId, traceparent } = event;
  return {
    cause: {
      id,
      type,
      source,
      subject,
      time,
      correlationId,
      ...(traceparent ? { traceparent } : {}),
    },
  };
}

/**
 * How a call's handler acts: in the name of whoever caused the call, inside the transaction that
 * settles it, and on account of the event that began the exchange, so what it publishes names
 * that event as its cause.
 */
export function invocationOfCall(
  call: RecordedCall<CallCause>,
  manager: EntityManager,
): Invocation {
  const { cause } = call.context;
  // The causing event's data is not kept: only its identity is read from it.
  return {
    actor: call.actor,
    transaction: manager,
    ...(cause ? { cause: { ...cause, data: null } } : {}),
  };
}
