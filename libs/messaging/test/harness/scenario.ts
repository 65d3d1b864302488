import { loadConfig, kafkaConfig } from '@infuse/config';
import { TOPICS } from '@infuse/contracts';
import {
  deleteTopicsWithPrefix,
  dropSchema,
  TEST_DATABASE_URL,
  uniqueSuffix,
} from '@infuse/testing';
import { type Kafka } from 'kafkajs';
import { type DataSource } from 'typeorm';
import { createKafkaClient, withTopicPrefix } from '../../src/kafka/kafka-client';
import { ensureTopics } from '../../src/kafka/ensure-topics';
import { harnessDataSource } from './harness-database';
import { startHarness } from './harness-process';

const REFERRAL_TOPIC = 'referrals.referral.v1';

/**
 * One delivery scenario, isolated from the others: its own topic prefix, consumer group,
 * producer schema (outbox) and consumer schema (inbox and applied events).
 */
export class Scenario {
  readonly suffix = uniqueSuffix();
  readonly topicPrefix = `itest-${this.suffix}.`;
  readonly topic = withTopicPrefix(this.topicPrefix, REFERRAL_TOPIC);
  readonly group = `consumer-${this.suffix}`;
  readonly producerSchema = `producer_${this.suffix}`;
  readonly consumerSchema = `consumer_${this.suffix}`;
  readonly kafka: Kafka;
  producer!: DataSource;
  consumer!: DataSource;

  constructor() {
    this.kafka = createKafkaClient(
      loadConfig([kafkaConfig], { ...process.env, KAFKA_TOPIC_PREFIX: this.topicPrefix }).kafka,
      `scenario-${this.suffix}`,
    );
  }

  async setUp(): Promise<this> {
    this.producer = await harnessDataSource(TEST_DATABASE_URL, this.producerSchema);
    this.consumer = await harnessDataSource(TEST_DATABASE_URL, this.consumerSchema);
    await ensureTopics(this.kafka, [
      { topic: this.topic, numPartitions: TOPICS[REFERRAL_TOPIC].partitions },
    ]);
    return this;
  }

  async tearDown(): Promise<void> {
    await this.producer?.destroy();
    await this.consumer?.destroy();
    await dropSchema(this.producerSchema);
    await dropSchema(this.consumerSchema);
    await deleteTopicsWithPrefix(this.topicPrefix);
  }

  startRelayProcess(extra: Record<string, string> = {}) {
    return startHarness('relay-process', {
      ...this.processEnvironment(this.producerSchema),
      ...extra,
    });
  }

  startConsumerProcess(extra: Record<string, string> = {}) {
    return startHarness('consumer-process', {
      ...this.processEnvironment(this.consumerSchema),
      HARNESS_GROUP: this.group,
      ...extra,
    });
  }

  /** Messages on the topic, duplicates included (the sum of its partitions' ends). */
  async messagesOnTopic(): Promise<number> {
    const admin = this.kafka.admin();
    await admin.connect();
    try {
      const offsets = await admin.fetchTopicOffsets(this.topic);
      return offsets.reduce((sum, partition) => sum + Number(partition.high), 0);
    } finally {
      await admin.disconnect();
    }
  }

  private processEnvironment(schema: string): Record<string, string> {
    return {
      DATABASE_URL: TEST_DATABASE_URL,
      HARNESS_SCHEMA: schema,
      KAFKA_TOPIC_PREFIX: this.topicPrefix,
    };
  }
}
