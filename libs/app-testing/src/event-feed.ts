import { randomUUID } from 'node:crypto';
import { type Actor, type EventContract } from '@infuse/contracts';
import { toKafkaMessage } from '@infuse/messaging';
import { testKafka } from '@infuse/testing';

export interface FeedOptions {
  /** The event's id; give the same one to deliver an event again. */
  eventId?: string;
  /** The referral it belongs to; by default the data's `referralId`. */
  correlationId?: string;
  /** When it happened; now by default. */
  time?: string;
  /** Who acted; the producing service by default. */
  actor?: Actor;
}

/** Publishes events onto an app's topics as the services that own them do. */
export interface EventFeed {
  /** Publishes one event; returns its id. */
  publish<Data>(contract: EventContract<Data>, data: Data, options?: FeedOptions): Promise<string>;
  stop(): Promise<void>;
}

/**
 * A producer of the events an app under test consumes, on the real broker, under the app's topic
 * prefix: CloudEvents in Kafka binary mode, keyed like their producers key them.
 */
export async function startEventFeed(topicPrefix: string): Promise<EventFeed> {
  const producer = testKafka(`event-feed-${randomUUID()}`).producer({
    idempotent: true,
    maxInFlightRequests: 1,
  });
  await producer.connect();
  return {
    async publish(contract, data, options = {}) {
      const eventId = options.eventId ?? randomUUID();
      const producerService = contract.source.replace(/^\/infuse\//, '');
      const message = toKafkaMessage({
        id: eventId,
        type: contract.type,
        source: contract.source,
        subject: contract.keyOf(data),
        time: options.time ?? new Date().toISOString(),
        data,
        correlationId:
          options.correlationId ?? (data as { referralId?: string }).referralId ?? randomUUID(),
        actor: options.actor ?? { subject: `system:${producerService}`, role: 'system' },
      });
      await producer.send({
        topic: `${topicPrefix}${contract.topic}`,
        acks: -1,
        messages: [message],
      });
      return eventId;
    },
    stop: () => producer.disconnect(),
  };
}
