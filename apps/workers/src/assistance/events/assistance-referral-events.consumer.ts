import {
  type EventData,
  ReferralAccepted,
  ReferralCancelled,
  systemActor,
} from '@infuse/contracts';
import { EventConsumer, type EventContext, OnEvent } from '@infuse/messaging';
import { CloseCaseUseCase } from '../close-case/close-case.use-case';
import { RecordReferralUseCase } from '../record-facts/record-referral.use-case';

/** Referral events, as copay assistance reads them: the facts screening needs, and the end. */
@EventConsumer()
export class AssistanceReferralEventsConsumer {
  constructor(
    private readonly recordReferral: RecordReferralUseCase,
    private readonly closeCase: CloseCaseUseCase,
  ) {}

  @OnEvent(ReferralAccepted)
  async accepted(event: EventData<typeof ReferralAccepted>, context: EventContext): Promise<void> {
    await this.recordReferral.execute(event, context.invocation(systemActor('workers')));
  }

  @OnEvent(ReferralCancelled)
  async cancelled(
    event: EventData<typeof ReferralCancelled>,
    context: EventContext,
  ): Promise<void> {
    await this.closeCase.closeReferral(
      event.referralId,
      context.invocation(systemActor('workers')),
    );
  }
}
