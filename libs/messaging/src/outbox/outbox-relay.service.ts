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
import { messagingConfig, type MessagingConfig } from '../messaging.config';
import { KAFKA_CLIENT, MESSAGING_SERVICE, type MessagingService } from '../messaging-service';
import { OutboxMetrics } from './outbox-metrics';
import { OutboxRelay } from './outbox-relay';

/** Runs the outbox relay for the life of the app, after creating the topics it produces to. */
@Injectable()
export class OutboxRelayService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('OutboxRelay');
  private producer?: Producer;
  private relay?: OutboxRelay;

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
    const produced = Object.entries(TOPICS).filter(
      ([, topic]) => topic.producer === this.service.name,
    );
    await ensureTopics(
      this.kafka,
      produced.map(([topic, definition]) => ({
        topic: `${this.kafkaSettings.KAFKA_TOPIC_PREFIX}${topic}`,
        numPartitions: definition.partitions,
      })),
    );
    this.producer = this.kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
    await this.producer.connect();
    this.relay = new OutboxRelay({
      dataSource: this.dataSource,
      databaseUrl: this.database.DATABASE_URL,
      schema: (this.dataSource.options as { schema?: string }).schema ?? 'public',
      producer: this.producer,
      metrics: new OutboxMetrics(this.registry),
      batchSize: this.settings.OUTBOX_BATCH_SIZE,
      pollIntervalMs: this.settings.OUTBOX_POLL_INTERVAL_MS,
      log: (level, message) => this.logger[level === 'info' ? 'log' : level](message),
    });
    this.relay.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.relay?.stop();
    await this.producer?.disconnect();
  }
}
