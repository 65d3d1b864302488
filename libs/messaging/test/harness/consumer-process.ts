// A consuming service in its own process: applies ReferralReceived events to applied_event.
import { loadConfig, kafkaConfig } from '@infuse/config';
import { type EventEnvelope } from '../../src/envelope/event-envelope';
import { createKafkaClient } from '../../src/kafka/kafka-client';
import { type EventContext } from '../../src/transport/event-context';
import { KafkaEventServer } from '../../src/transport/kafka-event-server';
import { harnessConsumerOptions } from './harness-consumer';
import { harnessDataSource } from './harness-database';
import { optionalNumber, report, required } from './harness-environment';

async function main(): Promise<void> {
  const kafka = loadConfig([kafkaConfig]).kafka;
  const dataSource = await harnessDataSource(
    required('DATABASE_URL'),
    required('HARNESS_SCHEMA'),
    4,
  );
  const delayMs = optionalNumber('HANDLER_DELAY_MS') ?? 0;
  const server = new KafkaEventServer(
    harnessConsumerOptions({
      kafka: createKafkaClient(kafka, 'consumer-harness'),
      dataSource,
      groupId: required('HARNESS_GROUP'),
      topicPrefix: kafka.KAFKA_TOPIC_PREFIX,
    }),
  );
  server.addHandler(
    'org.infuse.referral.received.v1',
    async (_data: unknown, context: EventContext) => {
      const envelope: EventEnvelope = context.envelope;
      if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
      await context.manager.query(
        `INSERT INTO applied_event (event_id, subject, event_time) VALUES ($1, $2, $3)`,
        [envelope.id, envelope.subject, envelope.time],
      );
    },
    true,
  );
  await server.start();
  report({ ready: true });
  process.once('SIGTERM', () => {
    void server.close().then(async () => {
      await dataSource.destroy();
      process.exit(0);
    });
  });
}

main().catch((error: unknown) => {
  report({ error: String(error) });
  process.exit(1);
});
