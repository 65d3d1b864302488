import { BaseRpcContext } from '@nestjs/microservices';
import { type Actor } from '@infuse/contracts';
import { currentTrace, type TraceContext } from '@infuse/observability';
import { type EntityManager } from 'typeorm';
import { type EventEnvelope } from '../envelope/event-envelope';
import { type Invocation } from '../invocation';

/**
 * What a consumer's handler receives beside the typed payload: the event's identity and the
 * transaction it is applied in. Write through `manager` (use cases do, given `invocation()`), so
 * the handler's effects, its inbox record and the events they cause commit together.
 */
export class EventContext extends BaseRpcContext<[EventEnvelope, EntityManager]> {
  get envelope(): EventEnvelope {
    return this.args[0];
  }

  /** The inbox transaction this event is applied in. */
  get manager(): EntityManager {
    return this.args[1];
  }

  get eventId(): string {
    return this.envelope.id;
  }

  /** The referral everything that follows it shares. */
  get correlationId(): string {
    return this.envelope.correlationId;
  }

  /** The event whose handling produced this one, if any. */
  get causationId(): string | undefined {
    return this.envelope.causationId;
  }

  /** Who acted in the service that published the event. */
  get actor(): Actor | undefined {
    return this.envelope.actor;
  }

  /** The span of this event's handling: a child of the span that published it. */
  get trace(): TraceContext | undefined {
    return currentTrace();
  }

  /**
   * How this handler calls a use case: as `actor` (the consuming service, `system:<service>`),
   * inside this event's transaction, with this event as the cause of what it publishes.
   */
  invocation(actor: Actor): Invocation {
    return { actor, transaction: this.manager, cause: this.envelope };
  }
}
