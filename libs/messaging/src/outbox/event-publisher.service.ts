import { Inject, Injectable } from '@nestjs/common';
import { CLOCK, type Clock, kafkaConfig, type KafkaConfig } from '@infuse/config';
import { type EventContract } from '@infuse/contracts';
import { type EntityManager } from 'typeorm';
import { type EventEnvelope } from '../envelope/event-envelope';
import {
  type OutgoingEvent,
  publishEvent,
  publishEvents,
  type PublishContext,
} from './event-publisher';

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
    return publishEvent(
      manager,
      contract,
      data,
      this.timed(context),
      this.config.KAFKA_TOPIC_PREFIX,
    );
  }

  /** The events of one change, in order: one lock per patient and one insert. */
  publishAll(
    manager: EntityManager,
    events: readonly OutgoingEvent[],
    context: PublishContext,
  ): Promise<EventEnvelope[]> {
    return publishEvents(manager, events, this.timed(context), this.config.KAFKA_TOPIC_PREFIX);
  }

  private timed(context: PublishContext): PublishContext {
    return { ...context, occurredAt: context.occurredAt ?? this.clock.now() };
  }
}
