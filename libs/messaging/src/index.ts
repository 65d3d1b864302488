export { createKafkaClient, prefixedTopic, withTopicPrefix } from './kafka/kafka-client';
export { ensureTopics, type TopicSpec } from './kafka/ensure-topics';
export { readTopicsToEnd, type ReadToEndOptions } from './kafka/read-to-end';
export { type EventEnvelope } from './envelope/event-envelope';
export {
  toKafkaMessage,
  fromKafkaMessage,
  MalformedEnvelopeError,
} from './envelope/kafka-binary-mode';
export {
  publishEvent,
  publishEvents,
  outgoing,
  type OutgoingEvent,
  publishContextOf,
  EventContractViolation,
  type PublishContext,
} from './outbox/event-publisher';
export { EventPublisher } from './outbox/event-publisher.service';
export { OutboxRelay, type OutboxRelayOptions } from './outbox/outbox-relay';
export { OutboxMetrics } from './outbox/outbox-metrics';
export { type OutboxRow } from './outbox/outbox-row';
export { MESSAGING_MIGRATIONS } from './messaging-migrations';
export { recordInInbox } from './inbox/record-in-inbox';
export { EventContext } from './transport/event-context';
export { KafkaEventServer, type KafkaEventServerOptions } from './transport/kafka-event-server';
export { ConsumerMetrics } from './transport/consumer-metrics';
export { connectEventConsumer } from './transport/connect-event-consumer';
export {
  listDeadLetters,
  replayDeadLetters,
  type DeadLetter,
} from './dead-letters/dead-letter-store';
export { runDeadLetterCommand } from './dead-letters/dead-letter-command';
export { DLQ_HEADERS } from './dead-letters/dead-letter-headers';
export { messagingConfig, type MessagingConfig } from './messaging.config';
export { MessagingModule } from './messaging.module';
export { KAFKA_CLIENT, MESSAGING_SERVICE } from './messaging-service';
export { EventSchemaViolation } from './transport/prepare-delivery';
export { pruneDelivered, type RetentionSettings } from './outbox/prune-delivered';
export { type Invocation } from './invocation';
export {
  OnEvent,
  OnEvents,
  EventConsumer,
  type EventHandlerMethod,
} from './transport/on-event.decorator';
