import {
  DispenseCancelled,
  DispenseDelivered,
  DispenseReleased,
  DispenseReopened,
  DispenseShipped,
  type EventData,
  systemActor,
} from '@infuse/contracts';
import { EventConsumer, EventContext, OnEvent } from '@infuse/messaging';
import { CancelDoseVisitsUseCase } from '../cancel-visits/cancel-dose-visits.use-case';
import { KeepReleaseUseCase } from '../schedule-visits/keep-release.use-case';
import { TrackDrugUseCase } from '../track-drug/track-drug.use-case';

const actor = systemActor('nursing');

/** The dispense events nursing acts on, each mapped to its use case. */
@EventConsumer()
export class DispenseEventsConsumer {
  constructor(
    private readonly keepRelease: KeepReleaseUseCase,
    private readonly trackDrug: TrackDrugUseCase,
    private readonly cancelVisits: CancelDoseVisitsUseCase,
  ) {}

  @OnEvent(DispenseReleased)
  async released(event: EventData<typeof DispenseReleased>, context: EventContext): Promise<void> {
    await this.keepRelease.execute(event, context.invocation(actor));
  }

  @OnEvent(DispenseShipped)
  async shipped(event: EventData<typeof DispenseShipped>, context: EventContext): Promise<void> {
    const { dispenseId, patientId } = event;
    await this.trackDrug.execute(
      { dispenseId, patientId, status: 'shipped' },
      context.invocation(actor),
    );
  }

  @OnEvent(DispenseDelivered)
  async delivered(
    event: EventData<typeof DispenseDelivered>,
    context: EventContext,
  ): Promise<void> {
    const { dispenseId, patientId } = event;
    await this.trackDrug.execute(
      { dispenseId, patientId, status: 'delivered' },
      context.invocation(actor),
    );
  }

  @OnEvent(DispenseReopened)
  async reopened(event: EventData<typeof DispenseReopened>, context: EventContext): Promise<void> {
    const { dispenseId, patientId } = event;
    await this.trackDrug.execute(
      {
        dispenseId,
        patientId,
        status: 'unusable',
        unusableLots: event.unusableLots.map((lot) => lot.lotNumber),
      },
      context.invocation(actor),
    );
  }

  @OnEvent(DispenseCancelled)
  async cancelled(
    event: EventData<typeof DispenseCancelled>,
    context: EventContext,
  ): Promise<void> {
    await this.cancelVisits.execute(event, context.invocation(actor));
  }
}
