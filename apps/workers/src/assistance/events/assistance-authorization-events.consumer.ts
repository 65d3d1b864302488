import { AuthorizationApproved, type EventData, systemActor } from '@infuse/contracts';
import { EventConsumer, type EventContext, OnEvent } from '@infuse/messaging';
import { RecordApprovalUseCase } from '../record-facts/record-approval.use-case';

/** An approval starts screening (with the accepted referral). */
@EventConsumer()
export class AssistanceAuthorizationEventsConsumer {
  constructor(private readonly recordApproval: RecordApprovalUseCase) {}

  @OnEvent(AuthorizationApproved)
  async approved(
    event: EventData<typeof AuthorizationApproved>,
    context: EventContext,
  ): Promise<void> {
    await this.recordApproval.execute(event, context.invocation(systemActor('workers')));
  }
}
