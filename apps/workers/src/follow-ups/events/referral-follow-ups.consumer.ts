import {
  type EventData,
  ReferralAccepted,
  ReferralCancelled,
  ReferralDocumentsRequested,
  ReferralRejected,
} from '@infuse/contracts';
import { Inject } from '@nestjs/common';
import { EventConsumer, EventContext, OnEvent } from '@infuse/messaging';
import { missingDocumentsPlan } from '../domain/follow-up-plans';
import { type FollowUpSettings, followUpSettingsConfig } from '../follow-up-settings.config';
import { OpenFollowUpsUseCase } from '../open-follow-up/open-follow-ups.use-case';
import { ResolveFollowUpsUseCase } from '../resolve-follow-ups/resolve-follow-ups.use-case';
import { followUpActor } from './follow-up-actor';

/** Referral events: missing documents are chased until intake decides; an ended referral ends its tasks. */
@EventConsumer()
export class ReferralFollowUpsConsumer {
  constructor(
    private readonly open: OpenFollowUpsUseCase,
    private readonly resolve: ResolveFollowUpsUseCase,
    @Inject(followUpSettingsConfig.token) private readonly settings: FollowUpSettings,
  ) {}

  @OnEvent(ReferralDocumentsRequested)
  async documentsRequested(
    event: EventData<typeof ReferralDocumentsRequested>,
    context: EventContext,
  ): Promise<void> {
    const plan = missingDocumentsPlan(event, {
      reminderIntervalHours: this.settings.FOLLOW_UPS_REMINDER_INTERVAL_HOURS,
      nextCycleLeadDays: this.settings.FOLLOW_UPS_NEXT_CYCLE_LEAD_DAYS,
      timeZone: this.settings.FOLLOW_UPS_TIME_ZONE,
    });
    await this.open.execute([plan], context.invocation(followUpActor));
  }

  @OnEvent(ReferralAccepted)
  async accepted(event: EventData<typeof ReferralAccepted>, context: EventContext): Promise<void> {
    await this.resolve.execute(
      { referralId: event.referralId, kinds: ['missing_documents'] },
      'completed',
      ReferralAccepted.type,
      context.invocation(followUpActor),
    );
  }

  @OnEvent(ReferralRejected)
  async rejected(event: EventData<typeof ReferralRejected>, context: EventContext): Promise<void> {
    await this.endReferral(event.referralId, ReferralRejected.type, context);
  }

  @OnEvent(ReferralCancelled)
  async cancelled(
    event: EventData<typeof ReferralCancelled>,
    context: EventContext,
  ): Promise<void> {
    await this.endReferral(event.referralId, ReferralCancelled.type, context);
  }

  /** A referral that ends leaves nothing to chase: every open task of it is cancelled. */
  private async endReferral(referralId: string, eventType: string, context: EventContext) {
    await this.resolve.execute(
      { referralId },
      'cancelled',
      eventType,
      context.invocation(followUpActor),
    );
  }
}
