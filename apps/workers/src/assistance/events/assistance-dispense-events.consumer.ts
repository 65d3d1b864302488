import { DispenseReleased, DispenseVerified, type EventData, systemActor } from '@infuse/contracts';
import { EventConsumer, type EventContext, OnEvent } from '@infuse/messaging';
import { ChangeProductUseCase } from '../record-facts/change-product.use-case';
import { CountDoseUseCase } from '../track-benefit/count-dose.use-case';

/** Dispensing, as copay assistance reads it: the brand verified, each dose released. */
@EventConsumer()
export class AssistanceDispenseEventsConsumer {
  constructor(
    private readonly changeProduct: ChangeProductUseCase,
    private readonly countDose: CountDoseUseCase,
  ) {}

  @OnEvent(DispenseVerified)
  async verified(event: EventData<typeof DispenseVerified>, context: EventContext): Promise<void> {
    await this.changeProduct.execute(event, context.invocation(systemActor('workers')));
  }

  @OnEvent(DispenseReleased)
  async released(event: EventData<typeof DispenseReleased>, context: EventContext): Promise<void> {
    await this.countDose.execute(event, context.invocation(systemActor('workers')));
  }
}
