import { type MessageHandler } from '@nestjs/microservices';
import { contractFor } from '@infuse/contracts';
import { type KafkaMessage } from 'kafkajs';
import { type EventEnvelope } from '../envelope/event-envelope';
import { fromKafkaMessage } from '../envelope/kafka-binary-mode';
import { type DeliveryPosition } from '../inbox/record-in-inbox';

/** The event does not match its contract; retrying cannot help. */
export class EventSchemaViolation extends Error {
  constructor(type: string, detail: string) {
    super(`${type} does not match its contract: ${detail}`);
    this.name = 'EventSchemaViolation';
  }
}

/** What to do with one message, decided before any handler runs. */
export type Delivery =
  | {
      kind: 'apply';
      message: KafkaMessage;
      position: DeliveryPosition;
      envelope: EventEnvelope;
      handler: MessageHandler;
    }
  | { kind: 'ignore'; type: string }
  | {
      kind: 'dead-letter';
      message: KafkaMessage;
      position: DeliveryPosition;
      type: string;
      error: Error;
    };

/**
 * Reads a message as a CloudEvent, finds its handler and checks it against its contract. A
 * message that cannot be read or breaks its schema goes straight to the dead letters; an event
 * type this service does not handle is skipped.
 */
export function prepareDelivery(
  message: KafkaMessage,
  position: DeliveryPosition,
  handlerFor: (type: string) => MessageHandler | null,
): Delivery {
  let envelope: EventEnvelope;
  try {
    envelope = fromKafkaMessage(message);
  } catch (error) {
    return { kind: 'dead-letter', message, position, type: 'unreadable', error: error as Error };
  }
  const handler = handlerFor(envelope.type);
  if (!handler) return { kind: 'ignore', type: envelope.type };
  const parsed = contractFor(envelope.type)?.schema.safeParse(envelope.data);
  if (parsed && !parsed.success) {
    const error = new EventSchemaViolation(envelope.type, parsed.error.message);
    return { kind: 'dead-letter', message, position, type: envelope.type, error };
  }
  return {
    kind: 'apply',
    message,
    position,
    envelope: { ...envelope, data: parsed?.data ?? envelope.data },
    handler,
  };
}
