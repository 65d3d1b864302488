import { kafkaConfig, loadConfig } from '@infuse/config';
import { deleteTopicsWithPrefix, uniqueSuffix } from '@infuse/testing';
import { type Consumer, type Producer } from 'kafkajs';
import { createKafkaClient, prefixedTopic } from './kafka-client';
import { ensureTopics } from './ensure-topics';

describe('Kafka broker round trip (real broker)', () => {
  const config = loadConfig([kafkaConfig], {
    ...process.env,
    KAFKA_TOPIC_PREFIX: `test-${uniqueSuffix()}.`,
  }).kafka;
  const kafka = createKafkaClient(config, 'round-trip-test');
  const topic = prefixedTopic(config, 'referrals.referral.v1');
  let producer: Producer;
  let consumer: Consumer;

  beforeAll(async () => {
    expect(await ensureTopics(kafka, [{ topic, numPartitions: 3 }])).toEqual([topic]);
    producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
    consumer = kafka.consumer({ groupId: `${topic}.round-trip` });
    await Promise.all([producer.connect(), consumer.connect()]);
  });

  afterAll(async () => {
    await Promise.all([producer.disconnect(), consumer.disconnect()]);
    await deleteTopicsWithPrefix(config.KAFKA_TOPIC_PREFIX);
  });

  it('creates a topic only once', async () => {
    expect(await ensureTopics(kafka, [{ topic, numPartitions: 3 }])).toEqual([]);
  });

  it('delivers what a producer sends to a consumer, in order per key, with headers', async () => {
    await consumer.subscribe({ topics: [topic], fromBeginning: true });
    const received: { key: string; value: string; header: string }[] = [];
    const allReceived = new Promise<void>((resolve) => {
      void consumer.run({
        eachMessage: async ({ message }) => {
          received.push({
            key: message.key?.toString() ?? '',
            value: message.value?.toString() ?? '',
            header: message.headers?.['ce_type']?.toString() ?? '',
          });
          if (received.length === 20) resolve();
          return Promise.resolve();
        },
      });
    });

    const sent = Array.from({ length: 20 }, (_, index) => ({
      key: `patient-${index % 4}`,
      value: JSON.stringify({ sequence: index }),
      headers: { ce_type: 'org.infuse.referral.received.v1' },
    }));
    await producer.send({ topic, acks: -1, messages: sent });
    await allReceived;

    expect(received).toHaveLength(20);
    expect(new Set(received.map((message) => message.header))).toEqual(
      new Set(['org.infuse.referral.received.v1']),
    );
    for (const key of ['patient-0', 'patient-1', 'patient-2', 'patient-3']) {
      const sequences = received
        .filter((message) => message.key === key)
        .map((message) => (JSON.parse(message.value) as { sequence: number }).sequence);
      expect(sequences).toEqual([...sequences].sort((a, b) => a - b));
      expect(sequences).toHaveLength(5);
    }
  });
});
