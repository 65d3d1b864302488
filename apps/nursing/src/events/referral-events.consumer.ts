import {
  type EventData,
  ReferralAccepted,
  ReferralCancelled,
  systemActor,
} from '@infuse/contracts';
import { EventConsumer, EventContext, OnEvent } from '@infuse/messaging';
import { KeepPatientUseCase } from '../keep-patient/keep-patient.use-case';
import { WithdrawPatientUseCase } from '../keep-patient/withdraw-patient.use-case';

// What the service does on its own account, in the audit log and the events it publishes.
const actor = systemActor('nursing');

/** The referral events nursing acts on, each mapped to its use case. */
@EventConsumer()
export class ReferralEventsConsumer {
  constructor(
    private readonly keepPatient: KeepPatientUseCase,
    private readonly withdrawPatient: WithdrawPatientUseCase,
  ) {}

  @OnEvent(ReferralAccepted)
  async accepted(event: EventData<typeof ReferralAccepted>, context: EventContext): Promise<void> {
    await this.keepPatient.execute(event, context.invocation(actor));
  }

  @OnEvent(ReferralCancelled)
  async cancelled(
    event: EventData<typeof ReferralCancelled>,
    context: EventContext,
  ): Promise<void> {
    await this.withdrawPatient.execute(event, context.invocation(actor));
  }
}
