import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { type EventContract, type EventData } from '@infuse/contracts';
import { type EventContext } from './event-context';

/** What a consumer method for a contract looks like: the parsed payload, then its context. */
export type EventHandlerMethod<C extends EventContract> = (
  event: EventData<C>,
  context: EventContext,
) => Promise<void>;

/**
 * Routes one event type to a consumer method, typed by its contract:
 *
 *     @OnEvent(ReferralAccepted)
 *     async accepted(event: EventData<typeof ReferralAccepted>, context: EventContext) { ... }
 *
 * The transport checks the payload against the contract before the method runs (a payload that
 * breaks it is dead-lettered at once), so the method receives the parsed, typed data. The class
 * is a Nest controller listed in the module's consumers; it maps the event to a use case call.
 */
export function OnEvent<C extends EventContract>(contract: C) {
  return (
    target: object,
    key: string | symbol,
    descriptor: TypedPropertyDescriptor<EventHandlerMethod<C>>,
  ): void => {
    EventPattern(contract.type)(target, key, descriptor);
    // Without parameter metadata Nest passes the payload alone; name both arguments.
    Payload()(target, key, 0);
    Ctx()(target, key, 1);
  };
}

/**
 * Routes several event types to one method, for a consumer that treats them alike (a read model
 * that keeps every event of a referral). Each payload is checked against its own contract; the
 * method tells them apart by `context.envelope.type`.
 */
export function OnEvents(contracts: readonly EventContract[]) {
  return (
    target: object,
    key: string | symbol,
    descriptor: TypedPropertyDescriptor<(event: unknown, context: EventContext) => Promise<void>>,
  ): void => {
    EventPattern(contracts.map((contract) => contract.type))(target, key, descriptor);
    Payload()(target, key, 0);
    Ctx()(target, key, 1);
  };
}

/** Marks a class as an event consumer: a routing table of `@OnEvent` methods, listed in a module's controllers. */
export const EventConsumer = () => Controller();
