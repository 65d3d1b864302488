// A relay in its own process, so a test can kill it with SIGKILL at the worst moment.
import { loadConfig, kafkaConfig } from '@infuse/config';
import { Registry } from 'prom-client';
import { createKafkaClient } from '../../src/kafka/kafka-client';
import { OutboxMetrics } from '../../src/outbox/outbox-metrics';
import { OutboxRelay } from '../../src/outbox/outbox-relay';
import { harnessDataSource } from './harness-database';
import { optionalNumber, report, required } from './harness-environment';

async function main(): Promise<void> {
  const databaseUrl = required('DATABASE_URL');
  const schema = required('HARNESS_SCHEMA');
  const killAfterBatches = optionalNumber('KILL_AFTER_BATCHES');
  const dataSource = await harnessDataSource(databaseUrl, schema, 2);
  const producer = createKafkaClient(loadConfig([kafkaConfig]).kafka, 'relay-harness').producer({
    idempotent: true,
    maxInFlightRequests: 1,
  });
  await producer.connect();
  let batches = 0;
  const relay = new OutboxRelay({
    dataSource,
    databaseUrl,
    schema,
    producer,
    metrics: new OutboxMetrics(new Registry()),
    batchSize: optionalNumber('BATCH_SIZE') ?? 100,
    pollIntervalMs: 200,
    log: () => undefined,
    afterSend: (rows) => {
      batches += 1;
      report({ sent: rows.length, batch: batches });
      // Kafka has the batch; the outbox does not yet know. The worst moment to die.
      if (batches === killAfterBatches) process.kill(process.pid, 'SIGKILL');
    },
  });
  relay.start();
  report({ ready: true });
  process.once('SIGTERM', () => {
    void relay.stop().then(async () => {
      await producer.disconnect();
      await dataSource.destroy();
      process.exit(0);
    });
  });
}

main().catch((error: unknown) => {
  report({ error: String(error) });
  process.exit(1);
});
