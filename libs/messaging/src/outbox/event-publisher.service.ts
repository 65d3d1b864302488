import { Inject, Injectable } from '@nestjs/common';
import { CLOCK, type Clock, kafkaConfig, type KafkaConfig } from '@infuse/config';
import { type EventContract } from '@infuse/contracts';
import { type EntityManager } from 'typeorm';
import { type EventEnvelope } from '../envelope/event-envelope';
import { publishEvent, type PublishContext } from './event-publisher';

/** Injectable face of publishEvent(): `publisher.publish(manager, ReferralAccepted, data, ...)`. */
@Injectable()
export class EventPublisher {
  constructor(
    @Inject(kafkaConfig.token) private readonly config: KafkaConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  publish<Data>(
    manager: EntityManager,
    contract: EventContract<Data>,
    data: Data,
    context: PublishContext,
  ): Promise<EventEnvelope<Data>> {
    const timed = { ...context, occurredAt: context.occurredAt ?? this.clock.now() };
    return publishEvent(manager, contract, data, timed, this.config.KAFKA_TOPIC_PREFIX);
  }
}
