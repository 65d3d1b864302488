import {
  type EventData,
  ReferralAccepted,
  ReferralCancelled,
  ReferralDocumentAdded,
  ReferralLabAdded,
  systemActor,
} from '@infuse/contracts';
import { EventConsumer, EventContext, OnEvent } from '@infuse/messaging';
import { WithdrawReferralUseCase } from '../cancel-dispense/withdraw-referral.use-case';
import { KeepReferralAdditionUseCase } from '../keep-referral/keep-referral-addition.use-case';
import { KeepReferralUseCase } from '../keep-referral/keep-referral.use-case';

// What the service does on its own account, in the audit log and the events it publishes.
const actor = systemActor('pharmacy');

/** The referral events pharmacy acts on, each mapped to its use case. */
@EventConsumer()
export class ReferralEventsConsumer {
  constructor(
    private readonly keepReferral: KeepReferralUseCase,
    private readonly keepAddition: KeepReferralAdditionUseCase,
    private readonly withdrawReferral: WithdrawReferralUseCase,
  ) {}

  @OnEvent(ReferralAccepted)
  async accepted(event: EventData<typeof ReferralAccepted>, context: EventContext): Promise<void> {
    await this.keepReferral.execute(event, context.invocation(actor));
  }

  @OnEvent(ReferralLabAdded)
  async labAdded(event: EventData<typeof ReferralLabAdded>, context: EventContext): Promise<void> {
    const { referralId, patientId, lab } = event;
    await this.keepAddition.execute(
      { referralId, patientId, addition: { lab } },
      context.invocation(actor),
    );
  }

  @OnEvent(ReferralDocumentAdded)
  async documentAdded(
    event: EventData<typeof ReferralDocumentAdded>,
    context: EventContext,
  ): Promise<void> {
    const { referralId, patientId, document } = event;
    await this.keepAddition.execute(
      { referralId, patientId, addition: { document } },
      context.invocation(actor),
    );
  }

  @OnEvent(ReferralCancelled)
  async cancelled(
    event: EventData<typeof ReferralCancelled>,
    context: EventContext,
  ): Promise<void> {
    await this.withdrawReferral.execute(event, context.invocation(actor));
  }
}
