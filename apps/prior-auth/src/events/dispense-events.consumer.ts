import {
  DispenseNextCycleHeld,
  DispenseVerified,
  type EventData,
  systemActor,
} from '@infuse/contracts';
import { EventConsumer, EventContext, OnEvent } from '@infuse/messaging';
import { AuthorizationError } from '../domain/authorization.errors';
import { ReauthorizeUseCase } from '../reauthorize/reauthorize.use-case';
import { RequestProductChangeUseCase } from '../update-authorization/product-change.use-case';

const actor = systemActor('prior-auth');

/**
 * What pharmacy's doses ask of the payer: a dose verified with a brand the authorization does not
 * cover (another HCPCS code) needs an update before it may be released; a next dose no
 * authorization covers needs a reauthorization.
 */
@EventConsumer()
export class DispenseEventsConsumer {
  constructor(
    private readonly productChange: RequestProductChangeUseCase,
    private readonly reauthorize: ReauthorizeUseCase,
  ) {}

  // Once per authorization however often a dose is held for it; a renewal of the prescription
  // (order-ended) is the coordinator's, not the payer's.
  @OnEvent(DispenseNextCycleHeld)
  async nextCycleHeld(
    event: EventData<typeof DispenseNextCycleHeld>,
    context: EventContext,
  ): Promise<void> {
    if (event.reason !== 'no-authorization' || !event.authorizationId) return;
    await this.reauthorize.execute(event.authorizationId, context.invocation(actor));
  }

  @OnEvent(DispenseVerified)
  async verified(event: EventData<typeof DispenseVerified>, context: EventContext): Promise<void> {
    const update = event.authorizationUpdate;
    if (!update) return;
    try {
      await this.productChange.execute(
        { authorizationId: update.authorizationId, productBrand: update.productBrand },
        context.invocation(actor),
      );
    } catch (error) {
      // The authorization can no longer be updated (cancelled, denied, expired): the worksheet
      // keeps the release blocked, and a retry would not change that.
      if (!(error instanceof AuthorizationError)) throw error;
    }
  }
}
