import { type Actor } from '@infuse/contracts';

/**
 * One event as it travels: the CloudEvents 1.0 attributes plus Infuse's extensions. On Kafka it
 * is carried in binary mode: attributes as `ce_` headers, data as the JSON message value.
 */
export interface EventEnvelope<Data = unknown> {
  /** Unique per event; consumers de-duplicate on it. */
  id: string;
  /** e.g. `org.infuse.referral.accepted.v1` */
  type: string;
  /** The producing service, e.g. `/infuse/referrals`. */
  source: string;
  /** The patient id; also the Kafka key, so one patient's events keep their order. */
  subject: string;
  /** ISO 8601 instant the state change committed. */
  time: string;
  data: Data;
  /** The referral the event belongs to: everything that follows one referral shares it. */
  correlationId: string;
  /** The id of the event whose handling produced this one, if any. */
  causationId?: string;
  /** W3C traceparent of the span that produced the event. */
  traceparent?: string;
  /**
   * Who acted: a person (their token's sub and role) or a service (`system:<service>`). Every
   * event published now carries one; events from before actors were recorded have none.
   */
  actor?: Actor;
}
