import { setTimeout as sleep } from 'node:timers/promises';
import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { databaseConfig, type DatabaseConfig, kafkaConfig, type KafkaConfig } from '@infuse/config';
import { TOPICS } from '@infuse/contracts';
import { METRICS_REGISTRY } from '@infuse/observability';
import { type Kafka, type Producer } from 'kafkajs';
import { type Registry } from 'prom-client';
import { DataSource } from 'typeorm';
import { ensureTopics } from '../kafka/ensure-topics';
import { prefixedTopic } from '../kafka/kafka-client';
import { messagingConfig, type MessagingConfig } from '../messaging.config';
import { KAFKA_CLIENT, MESSAGING_SERVICE, type MessagingService } from '../messaging-service';
import { OutboxMetrics } from './outbox-metrics';
import { OutboxRelay } from './outbox-relay';

const MAX_RETRY_MS = 30_000;
const PRUNE_EVERY_MS = 60 * 60 * 1000;

/** Runs the outbox relay for the life of the app, after creating the topics it produces to. */
@Injectable()
export class OutboxRelayService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('OutboxRelay');
  private producer?: Producer;
  private relay?: OutboxRelay;
  private starting?: Promise<void>;
  private stopping = false;
  private readonly shutdown = new AbortController();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(KAFKA_CLIENT) private readonly kafka: Kafka,
    @Inject(MESSAGING_SERVICE) private readonly service: MessagingService,
    @Inject(databaseConfig.token) private readonly database: DatabaseConfig,
    @Inject(kafkaConfig.token) private readonly kafkaSettings: KafkaConfig,
    @Inject(messagingConfig.token) private readonly settings: MessagingConfig,
    @Inject(METRICS_REGISTRY) private readonly registry: Registry,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.starting = this.startWhenKafkaAnswers();
    // Normally Kafka answers at once, and the app comes up with its topics in place. When it
    // does not, the app serves anyway: its events wait in the outbox until Kafka is back.
    await Promise.race([
      this.starting,
      new Promise((resolve) => setTimeout(resolve, this.settings.OUTBOX_BOOT_WAIT_MS).unref()),
    ]);
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopping = true;
    this.shutdown.abort();
    await this.starting;
    await this.relay?.stop();
    await this.producer?.disconnect();
  }

  private async startWhenKafkaAnswers(): Promise<void> {
    for (let attempt = 1; !this.stopping; attempt += 1) {
      try {
        await this.createTopicsAndConnect();
        this.startRelay();
        return;
      } catch (error) {
        const delay = Math.min(MAX_RETRY_MS, 500 * 2 ** attempt);
        this.logger.warn(
          `Kafka not reachable (${error instanceof Error ? error.message : String(error)}); retrying in ${delay} ms`,
        );
        await sleep(delay, undefined, { signal: this.shutdown.signal }).catch(() => undefined);
      }
    }
  }

  private async createTopicsAndConnect(): Promise<void> {
    const produced = Object.entries(TOPICS).filter(
      ([, topic]) => topic.producer === this.service.name,
    );
    await ensureTopics(
      this.kafka,
      produced.map(([topic, definition]) => ({
        topic: prefixedTopic(this.kafkaSettings, topic),
        numPartitions: definition.partitions,
      })),
    );
    const producer = this.kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
    await producer.connect();
    this.producer = producer;
  }

  private startRelay(): void {
    this.relay = new OutboxRelay({
      dataSource: this.dataSource,
      databaseUrl: this.database.DATABASE_URL,
      schema: (this.dataSource.options as { schema?: string }).schema ?? 'public',
      producer: this.producer!,
      metrics: new OutboxMetrics(this.registry),
      batchSize: this.settings.OUTBOX_BATCH_SIZE,
      pollIntervalMs: this.settings.OUTBOX_POLL_INTERVAL_MS,
      lingerMs: this.settings.OUTBOX_LINGER_MS,
      retention: {
        outboxRetentionHours: this.settings.OUTBOX_RETENTION_HOURS,
        inboxRetentionDays: this.settings.INBOX_RETENTION_DAYS,
        pruneEveryMs: PRUNE_EVERY_MS,
      },
      log: (level, message) => this.logger[level === 'info' ? 'log' : level](message),
    });
    this.relay.start();
  }
}
