export { createKafkaClient, prefixedTopic } from './kafka/kafka-client';
export { ensureTopics, type TopicSpec } from './kafka/ensure-topics';
