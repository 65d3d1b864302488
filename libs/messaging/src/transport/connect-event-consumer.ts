import { type INestApplication, Logger } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { type NestMicroservice } from '@nestjs/microservices';
import { getDataSourceToken } from '@nestjs/typeorm';
import { kafkaConfig, type KafkaConfig } from '@infuse/config';
import { METRICS_REGISTRY } from '@infuse/observability';
import { type Kafka } from 'kafkajs';
import { type Registry } from 'prom-client';
import { type DataSource } from 'typeorm';
import { messagingConfig, type MessagingConfig } from '../messaging.config';
import { KAFKA_CLIENT, MESSAGING_SERVICE, type MessagingService } from '../messaging-service';
import { ConsumerMetrics } from './consumer-metrics';
import { EventErrorPassthrough } from './event-error-passthrough.filter';
import { KafkaEventServer } from './kafka-event-server';

/**
 * Connects the Kafka event transport to an app that imported MessagingModule; the app's
 * `startAllMicroservices()` starts it, and its `@OnEvent` handlers begin receiving events. A
 * no-op for an app without messaging.
 */
export function connectEventConsumer(app: INestApplication): void {
  let service: MessagingService;
  try {
    // Asked of the root ModuleRef, not the app: the app logs a provider it lacks as an error,
    // and an app without messaging lacks this one by design.
    service = app.get(ModuleRef).get<MessagingService>(MESSAGING_SERVICE, { strict: false });
  } catch {
    return;
  }
  const settings = app.get<MessagingConfig>(messagingConfig.token, { strict: false });
  const logger = new Logger('EventConsumer');
  const server = new KafkaEventServer({
    kafka: app.get<Kafka>(KAFKA_CLIENT, { strict: false }),
    dataSource: app.get<DataSource>(getDataSourceToken(), { strict: false }),
    groupId: service.name,
    topicPrefix: app.get<KafkaConfig>(kafkaConfig.token, { strict: false }).KAFKA_TOPIC_PREFIX,
    maxAttempts: settings.CONSUMER_MAX_ATTEMPTS,
    retryBaseMs: settings.CONSUMER_RETRY_BASE_MS,
    partitionsConsumedConcurrently: settings.CONSUMER_PARTITIONS_CONCURRENTLY,
    chunkSize: settings.CONSUMER_CHUNK_SIZE,
    sessionTimeoutMs: settings.CONSUMER_SESSION_TIMEOUT_MS,
    bootWaitMs: settings.OUTBOX_BOOT_WAIT_MS,
    metrics: new ConsumerMetrics(app.get<Registry>(METRICS_REGISTRY, { strict: false })),
    log: (level, message) => logger[level === 'info' ? 'log' : level](message),
  });
  // The consumer has enhancers of its own, not the HTTP API's (auth, audit, problem documents).
  // Its handlers are bound once its filter is in place, as connectMicroservice would bind them
  // at once; and it is marked initialised, so starting it does not run the app's lifecycle
  // hooks a second time.
  const consumer = app.connectMicroservice(
    { strategy: server },
    { inheritAppConfig: false, deferInitialization: true },
  ) as NestMicroservice;
  consumer.useGlobalFilters(new EventErrorPassthrough());
  consumer.registerListeners();
  consumer.setIsInitialized(true);
  consumer.setIsInitHookCalled(true);
}
