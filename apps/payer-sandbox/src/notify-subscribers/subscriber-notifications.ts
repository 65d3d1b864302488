import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { type Invocation } from '@infuse/messaging';
import { OutboundCalls } from '@infuse/outbound-calls';
import { buildNotificationBundle } from '@infuse/pas';
import type { Bundle } from 'fhir/r4';
import { type EntityManager } from 'typeorm';
import { type AuthorizationRequest } from '../domain/authorization-request';
import { FHIR_JSON } from '../fhir/fhir-request.error';
import { SubscriptionRepository } from '../persistence/subscription.repository';
import { NotifySubscriber } from './notify-subscriber.call';
import { endpointParts, subscriberTargetName } from './subscriber-endpoint';

/**
 * Sends a request's final answer to every subscription of the provider that sent it [PAS-SPEC]:
 * recorded in the transaction of the decision, posted by the dispatcher after commit, retried
 * until the subscriber takes it.
 */
@Injectable()
export class SubscriberNotifications {
  constructor(
    private readonly subscriptions: SubscriptionRepository,
    private readonly outboundCalls: OutboundCalls,
  ) {}

  /**
   * `providerIdentifiers` are the provider organization's identifiers, which a subscription's
   * orgIdentifier filter names. Returns how many subscriptions will be notified.
   */
  async notify(
    manager: EntityManager,
    request: AuthorizationRequest,
    providerIdentifiers: readonly string[],
    response: Bundle,
    at: Date,
    invocation: Invocation,
  ): Promise<number> {
    const subscriptions = await this.subscriptions.matching(
      manager,
      request.providerSubject,
      providerIdentifiers,
    );
    for (const subscription of subscriptions) {
      const eventNumber = await this.subscriptions.nextEventNumber(manager, subscription.id);
      const notification = buildNotificationBundle(response, {
        subscriptionId: subscription.id,
        eventNumber,
        timestamp: at.toISOString(),
        notificationId: randomUUID(),
        statusId: randomUUID(),
      });
      await this.outboundCalls.record(manager, NotifySubscriber, {
        request: {
          target: subscriberTargetName(subscription.id, request.payerId),
          method: 'POST',
          path: endpointParts(subscription.endpoint).path,
          headers: { 'content-type': FHIR_JSON },
          body: { json: notification },
        },
        context: {
          requestId: request.id,
          subscriptionId: subscription.id,
          payerId: request.payerId,
          memberId: request.memberId,
        },
        correlationId: request.id,
        actor: invocation.actor,
      });
    }
    return subscriptions.length;
  }
}
