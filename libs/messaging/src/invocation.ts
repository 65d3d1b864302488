import { type Actor } from '@infuse/contracts';
import { type EntityManager } from 'typeorm';
import { type EventEnvelope } from './envelope/event-envelope';

/**
 * How a use case was called, so that the same use case serves an HTTP route, an event consumer
 * and a job: who acts, the transaction the caller already holds (if any), and the event being
 * handled (if any), which becomes the causation of the events the use case publishes.
 */
export interface Invocation {
  /** A person from their access token, or the service itself (`system:<service>`). */
  readonly actor: Actor;
  /** The HTTP request id, for the audit log; absent for consumers and jobs. */
  readonly requestId?: string | null;
  /** The caller's open transaction: a consumer's inbox transaction. */
  readonly transaction?: EntityManager;
  /** The event whose handling called the use case. */
  readonly cause?: EventEnvelope;
}
