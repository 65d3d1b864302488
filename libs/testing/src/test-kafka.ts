import { Kafka, logLevel, type RetryOptions } from 'kafkajs';

/** A quiet kafkajs client on the broker the test run uses. */
export function testKafka(clientId: string, retry?: RetryOptions): Kafka {
  return new Kafka({
    clientId,
    brokers: (process.env['KAFKA_BROKERS'] ?? '127.0.0.1:9092').split(','),
    logLevel: logLevel.NOTHING,
    ...(retry ? { retry } : {}),
  });
}
