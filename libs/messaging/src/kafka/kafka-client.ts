import { type KafkaConfig } from '@infuse/config';
import { Kafka, logLevel, type LogEntry } from 'kafkajs';

// kafkajs warns about its partitioner change on every producer; the default is what we want.
process.env['KAFKAJS_NO_PARTITIONER_WARNING'] ??= '1';

/**
 * A kafkajs client for one service. Its own log lines go through `onLog` (so they reach the
 * service's logger), without message payloads.
 */
export function createKafkaClient(
  config: KafkaConfig,
  clientId: string,
  onLog: (entry: { level: 'error' | 'warn' | 'info'; message: string }) => void = () => undefined,
): Kafka {
  return new Kafka({
    clientId,
    brokers: config.KAFKA_BROKERS,
    logLevel: logLevel.WARN,
    logCreator: () => (entry: LogEntry) => {
      const level =
        entry.level === logLevel.ERROR ? 'error' : entry.level === logLevel.WARN ? 'warn' : 'info';
      onLog({ level, message: `${entry.namespace}: ${entry.log.message}` });
    },
  });
}

/**
 * A topic or consumer group as this deployment names it: with KAFKA_TOPIC_PREFIX, which test
 * runs set so they never see each other's events.
 */
export function withTopicPrefix(prefix: string, name: string): string {
  return `${prefix}${name}`;
}

export function prefixedTopic(config: KafkaConfig, topic: string): string {
  return withTopicPrefix(config.KAFKA_TOPIC_PREFIX, topic);
}
