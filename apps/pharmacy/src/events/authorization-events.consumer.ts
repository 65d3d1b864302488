import { AuthorizationApproved, type EventData, systemActor } from '@infuse/contracts';
import { EventConsumer, EventContext, OnEvent } from '@infuse/messaging';
import { RecordAuthorizationUseCase } from '../record-authorization/record-authorization.use-case';

const actor = systemActor('pharmacy');

/** The authorization events pharmacy dispenses against. */
@EventConsumer()
export class AuthorizationEventsConsumer {
  constructor(private readonly recordAuthorization: RecordAuthorizationUseCase) {}

  @OnEvent(AuthorizationApproved)
  async approved(
    event: EventData<typeof AuthorizationApproved>,
    context: EventContext,
  ): Promise<void> {
    await this.recordAuthorization.execute(event, context.invocation(actor));
  }
}
