import {
  type EventData,
  ReferralAccepted,
  ReferralCancelled,
  ReferralDocumentAdded,
  ReferralLabAdded,
  systemActor,
} from '@infuse/contracts';
import { EventConsumer, EventContext, OnEvent } from '@infuse/messaging';
import { CancelAuthorizationUseCase } from '../cancel-authorization/cancel-authorization.use-case';
import { KeepReferralAdditionUseCase } from '../keep-referral-additions/keep-referral-addition.use-case';
import { RequestAuthorizationUseCase } from '../request-authorization/request-authorization.use-case';

// What the service does on its own account, in the audit log and the events it publishes.
const actor = systemActor('prior-auth');

/** The referral events prior-auth acts on, each mapped to its use case. */
@EventConsumer()
export class ReferralEventsConsumer {
  constructor(
    private readonly requestAuthorization: RequestAuthorizationUseCase,
    private readonly keepAddition: KeepReferralAdditionUseCase,
    private readonly cancelAuthorization: CancelAuthorizationUseCase,
  ) {}

  @OnEvent(ReferralAccepted)
  async accepted(event: EventData<typeof ReferralAccepted>, context: EventContext): Promise<void> {
    await this.requestAuthorization.execute(event, context.invocation(actor));
  }

  @OnEvent(ReferralDocumentAdded)
  async documentAdded(
    event: EventData<typeof ReferralDocumentAdded>,
    context: EventContext,
  ): Promise<void> {
    await this.keepAddition.execute(
      { ...event, addition: { kind: 'document', item: event.document } },
      context.invocation(actor),
    );
  }

  @OnEvent(ReferralLabAdded)
  async labAdded(event: EventData<typeof ReferralLabAdded>, context: EventContext): Promise<void> {
    await this.keepAddition.execute(
      { ...event, addition: { kind: 'lab', item: event.lab } },
      context.invocation(actor),
    );
  }

  @OnEvent(ReferralCancelled)
  async cancelled(
    event: EventData<typeof ReferralCancelled>,
    context: EventContext,
  ): Promise<void> {
    await this.cancelAuthorization.cancelForReferral(
      event.referralId,
      event,
      context.invocation(actor),
    );
  }
}
