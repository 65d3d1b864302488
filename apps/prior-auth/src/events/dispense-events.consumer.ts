import { DispenseVerified, type EventData, systemActor } from '@infuse/contracts';
import { EventConsumer, EventContext, OnEvent } from '@infuse/messaging';
import { AuthorizationError } from '../domain/authorization.errors';
import { RequestProductChangeUseCase } from '../update-authorization/product-change.use-case';

const actor = systemActor('prior-auth');

/**
 * A pharmacist verified a dose of a brand the authorization does not cover (another HCPCS code):
 * the payer is asked for an update before pharmacy may release it.
 */
@EventConsumer()
export class DispenseEventsConsumer {
  constructor(private readonly productChange: RequestProductChangeUseCase) {}

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
