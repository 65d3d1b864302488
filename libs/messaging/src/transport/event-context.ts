import { BaseRpcContext } from '@nestjs/microservices';
import { type EntityManager } from 'typeorm';
import { type EventEnvelope } from '../envelope/event-envelope';

/**
 * What an `@EventPattern` handler receives with `@Ctx()`: the event's envelope and the
 * transaction it runs in. Write through `manager` (and publish follow-on events through it),
 * so the handler's effects, its inbox record and its events commit together.
 */
export class EventContext extends BaseRpcContext<[EventEnvelope, EntityManager]> {
  get envelope(): EventEnvelope {
    return this.args[0];
  }

  get manager(): EntityManager {
    return this.args[1];
  }
}
