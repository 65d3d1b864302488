import { EVENT_CONTRACTS, systemActor } from '@infuse/contracts';
import { EventConsumer, EventContext, OnEvents } from '@infuse/messaging';
import { RecordJourneyEventUseCase } from '../record-journey/record-journey-event.use-case';

const actor = systemActor('referrals');

/**
 * The journey read model consumes every topic: each event of the registry becomes an entry in
 * its referral's timeline (events the registry gains later are followed without a change here).
 */
@EventConsumer()
export class JourneyConsumer {
  constructor(private readonly recordJourneyEvent: RecordJourneyEventUseCase) {}

  @OnEvents(EVENT_CONTRACTS)
  async record(_event: unknown, context: EventContext): Promise<void> {
    await this.recordJourneyEvent.execute(context.envelope, context.invocation(actor));
  }
}
