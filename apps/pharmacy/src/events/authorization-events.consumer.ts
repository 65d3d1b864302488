import {
  AuthorizationApproved,
  AuthorizationCancelled,
  type EventData,
  systemActor,
} from '@infuse/contracts';
import { EventConsumer, EventContext, OnEvent } from '@infuse/messaging';
import { RecordAuthorizationUseCase } from '../record-authorization/record-authorization.use-case';
import { WithdrawAuthorizationUseCase } from '../record-authorization/withdraw-authorization.use-case';

const actor = systemActor('pharmacy');

/** The authorization events pharmacy dispenses against. */
@EventConsumer()
export class AuthorizationEventsConsumer {
  constructor(
    private readonly recordAuthorization: RecordAuthorizationUseCase,
    private readonly withdrawAuthorization: WithdrawAuthorizationUseCase,
  ) {}

  @OnEvent(AuthorizationApproved)
  async approved(
    event: EventData<typeof AuthorizationApproved>,
    context: EventContext,
  ): Promise<void> {
    await this.recordAuthorization.execute(event, context.invocation(actor));
  }

  @OnEvent(AuthorizationCancelled)
  async cancelled(
    event: EventData<typeof AuthorizationCancelled>,
    context: EventContext,
  ): Promise<void> {
    await this.withdrawAuthorization.execute(event, context.invocation(actor));
  }
}
