import { type DynamicModule, Logger, Module } from '@nestjs/common';
import { kafkaConfig, type KafkaConfig } from '@infuse/config';
import { type ServiceName } from '@infuse/contracts';
import { createKafkaClient } from './kafka/kafka-client';
import { KAFKA_CLIENT, MESSAGING_SERVICE } from './messaging-service';
import { EventPublisher } from './outbox/event-publisher.service';
import { OutboxRelayService } from './outbox/outbox-relay.service';

/**
 * Events for one service: `EventPublisher` writes them to the outbox inside the caller's
 * transaction, the relay publishes them, and `connectEventConsumer(app)` feeds the service's
 * `@EventPattern` handlers. Needs ConfigModule with the kafka, database and messaging sections.
 */
@Module({})
export class MessagingModule {
  static forService(name: ServiceName): DynamicModule {
    const logger = new Logger('Kafka');
    return {
      module: MessagingModule,
      global: true,
      providers: [
        { provide: MESSAGING_SERVICE, useValue: { name } },
        {
          provide: KAFKA_CLIENT,
          inject: [kafkaConfig.token],
          useFactory: (config: KafkaConfig) =>
            createKafkaClient(config, name, ({ level, message }) =>
              logger[level === 'info' ? 'log' : level](message),
            ),
        },
        EventPublisher,
        OutboxRelayService,
      ],
      exports: [EventPublisher, KAFKA_CLIENT, MESSAGING_SERVICE],
    };
  }
}
