import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { CLOCK, type Clock } from '@infuse/config';
import { UnitOfWork } from '@infuse/database';
import { type Invocation } from '@infuse/messaging';
import { activeSubscription, type SubscriptionRequest } from '@infuse/pas';
import type { Subscription } from 'fhir/r4';
import { SubscriberTargets } from '../notify-subscribers/subscriber-targets';
import { SubscriptionRepository } from '../persistence/subscription.repository';

/**
 * A provider subscribes its rest-hook endpoint to the final answers of its pended requests
 * [PAS-SPEC]. The sandbox plays every payer behind one FHIR base, so one subscription covers
 * each of them; every notification carries the token of the payer that decided.
 */
@Injectable()
export class SubscribeUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly subscriptions: SubscriptionRepository,
    private readonly targets: SubscriberTargets,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(request: SubscriptionRequest, invocation: Invocation): Promise<Subscription> {
    const id = await this.unitOfWork.run(invocation.transaction, (manager) =>
      this.subscriptions.upsert(manager, {
        id: randomUUID(),
        providerSubject: invocation.actor.subject,
        endpoint: request.endpoint,
        orgIdentifier: request.orgIdentifier ?? null,
        resource: request.resource,
        at: this.clock.now(),
      }),
    );
    // Committed: this instance can deliver to it at once; the others learn of it on refresh.
    this.targets.remember(id, request.endpoint);
    return activeSubscription(request, id);
  }
}
