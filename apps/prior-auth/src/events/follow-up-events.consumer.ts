import { type EventData, FollowUpDue, systemActor } from '@infuse/contracts';
import { EventConsumer, EventContext, OnEvent } from '@infuse/messaging';
import { AuthorizationError } from '../domain/authorization.errors';
import { InquireAuthorizationUseCase } from '../inquire-authorization/inquire-authorization.use-case';
import { ReauthorizeUseCase } from '../reauthorize/reauthorize.use-case';

const actor = systemActor('prior-auth');

/**
 * Follow-ups that fall due for authorizations: a pended request is inquired about at its payer,
 * an expiring one is renewed. Other kinds belong to other services.
 */
@EventConsumer()
export class FollowUpEventsConsumer {
  constructor(
    private readonly inquire: InquireAuthorizationUseCase,
    private readonly reauthorize: ReauthorizeUseCase,
  ) {}

  @OnEvent(FollowUpDue)
  async due(event: EventData<typeof FollowUpDue>, context: EventContext): Promise<void> {
    const { authorizationId } = event;
    if (!authorizationId) return;
    switch (event.kind) {
      case 'authorization_pended':
        try {
          await this.inquire.execute(authorizationId, context.invocation(actor));
        } catch (error) {
          // The task outlived its reason (the decision came, the request was cancelled): nothing
          // to ask. Retrying would not change that, so it is not an error to dead-letter.
          if (!(error instanceof AuthorizationError)) throw error;
        }
        return;
      case 'authorization_expiring':
        await this.reauthorize.execute(authorizationId, context.invocation(actor));
        return;
      case 'missing_documents':
      case 'next_cycle':
      case 'trough_igg':
      case 'hemolysis_labs':
      case 'adverse_reaction':
      case 'missed_visit':
      case 'prescription_renewal':
        return;
    }
  }
}
