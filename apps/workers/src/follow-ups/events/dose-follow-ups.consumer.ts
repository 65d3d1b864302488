import {
  DispenseNextCycleHeld,
  DispenseReleased,
  type EventData,
  VisitAdverseReactionReported,
  VisitCompleted,
  VisitMissed,
  VisitScheduled,
} from '@infuse/contracts';
import { Inject } from '@nestjs/common';
import { EventConsumer, EventContext, OnEvent } from '@infuse/messaging';
import {
  adverseReactionPlan,
  missedVisitPlan,
  nextCycleHeldPlan,
  nextCyclePlan,
} from '../domain/follow-up-plans';
import { type FollowUpSettings, followUpSettingsConfig } from '../follow-up-settings.config';
import { OpenFollowUpsUseCase } from '../open-follow-up/open-follow-ups.use-case';
import { RecordDoseUseCase } from '../record-dose/record-dose.use-case';
import { ResolveFollowUpsUseCase } from '../resolve-follow-ups/resolve-follow-ups.use-case';
import { followUpActor } from './follow-up-actor';

/**
 * Dose and visit events: labs around each dose, the next cycle (and a next dose held for a
 * reauthorization or a renewal), reactions and missed visits.
 */
@EventConsumer()
export class DoseFollowUpsConsumer {
  constructor(
    private readonly open: OpenFollowUpsUseCase,
    private readonly resolve: ResolveFollowUpsUseCase,
    private readonly recordDose: RecordDoseUseCase,
    @Inject(followUpSettingsConfig.token) private readonly settings: FollowUpSettings,
  ) {}

  @OnEvent(DispenseReleased)
  async released(event: EventData<typeof DispenseReleased>, context: EventContext) {
    await this.recordDose.released(event, context.invocation(followUpActor));
  }

  @OnEvent(DispenseNextCycleHeld)
  async nextCycleHeld(event: EventData<typeof DispenseNextCycleHeld>, context: EventContext) {
    await this.open.execute([nextCycleHeldPlan(event)], context.invocation(followUpActor));
  }

  @OnEvent(VisitCompleted)
  async completed(event: EventData<typeof VisitCompleted>, context: EventContext) {
    const invocation = context.invocation(followUpActor);
    const next = nextCyclePlan(event, {
      reminderIntervalHours: this.settings.FOLLOW_UPS_REMINDER_INTERVAL_HOURS,
      nextCycleLeadDays: this.settings.FOLLOW_UPS_NEXT_CYCLE_LEAD_DAYS,
      timeZone: this.settings.FOLLOW_UPS_TIME_ZONE,
    });
    if (!next) return;
    await this.open.execute([next], invocation);
    await this.recordDose.infused(
      { dispenseId: event.dispenseId, visitId: event.visitId, endedAt: event.infusion.endedAt },
      invocation,
    );
  }

  @OnEvent(VisitAdverseReactionReported)
  async adverseReaction(
    event: EventData<typeof VisitAdverseReactionReported>,
    context: EventContext,
  ) {
    await this.open.execute([adverseReactionPlan(event)], context.invocation(followUpActor));
  }

  @OnEvent(VisitMissed)
  async missed(event: EventData<typeof VisitMissed>, context: EventContext) {
    await this.open.execute([missedVisitPlan(event)], context.invocation(followUpActor));
  }

  /** A missed visit put back on the calendar: the reschedule task is done. */
  @OnEvent(VisitScheduled)
  async scheduled(event: EventData<typeof VisitScheduled>, context: EventContext) {
    if (!event.rescheduledFrom) return;
    await this.resolve.execute(
      { visitId: event.visitId, kinds: ['missed_visit'] },
      'completed',
      VisitScheduled.type,
      context.invocation(followUpActor),
    );
  }
}
