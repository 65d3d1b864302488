import { type EventData, systemActor, VisitCompleted } from '@infuse/contracts';
import { EventConsumer, EventContext, OnEvent } from '@infuse/messaging';
import { OpenNextCycleUseCase } from '../next-cycle/open-next-cycle.use-case';

const actor = systemActor('pharmacy');

/** The visits pharmacy follows: a dose given in full opens the next one. */
@EventConsumer()
export class VisitEventsConsumer {
  constructor(private readonly openNextCycle: OpenNextCycleUseCase) {}

  // A dose spread over several days is given when its last day's visit completes.
  @OnEvent(VisitCompleted)
  async completed(event: EventData<typeof VisitCompleted>, context: EventContext): Promise<void> {
    if (!event.lastDayOfCycle) return;
    await this.openNextCycle.execute(
      { referralId: event.referralId, cycle: event.cycle },
      context.invocation(actor),
    );
  }
}
