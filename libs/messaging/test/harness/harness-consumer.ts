import { Registry } from 'prom-client';
import { ConsumerMetrics } from '../../src/transport/consumer-metrics';
import { type KafkaEventServerOptions } from '../../src/transport/kafka-event-server';

/** Retries the delivery tests count on: a poison event is dead-lettered after these tries. */
export const HARNESS_RETRIES = { maxAttempts: 3, retryBaseMs: 50 } as const;

/** Consumer settings for the delivery tests; the caller names its broker, schema and group. */
export function harnessConsumerOptions(
  target: Pick<KafkaEventServerOptions, 'kafka' | 'dataSource' | 'groupId' | 'topicPrefix'>,
): KafkaEventServerOptions {
  return {
    ...target,
    ...HARNESS_RETRIES,
    partitionsConsumedConcurrently: 3,
    chunkSize: 100,
    // Short, so a restarted consumer takes over a killed one's partitions quickly.
    sessionTimeoutMs: 6000,
    bootWaitMs: 15_000,
    metrics: new ConsumerMetrics(new Registry()),
    log: () => undefined,
  };
}
