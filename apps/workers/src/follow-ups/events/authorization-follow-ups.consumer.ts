import {
  AuthorizationApproved,
  AuthorizationCancelled,
  AuthorizationDenied,
  AuthorizationExpiring,
  AuthorizationNeedsReview,
  AuthorizationPended,
  type EventData,
} from '@infuse/contracts';
import { EventConsumer, EventContext, OnEvent } from '@infuse/messaging';
import { authorizationExpiringPlan, authorizationPendedPlan } from '../domain/follow-up-plans';
import { OpenFollowUpsUseCase } from '../open-follow-up/open-follow-ups.use-case';
import { ResolveFollowUpsUseCase } from '../resolve-follow-ups/resolve-follow-ups.use-case';
import { followUpActor } from './follow-up-actor';

/**
 * Authorization events: a pended request is followed up at the payer's turnaround until the
 * payer decides; an expiring one becomes a reauthorization task, done once a reauthorization is
 * approved.
 */
@EventConsumer()
export class AuthorizationFollowUpsConsumer {
  constructor(
    private readonly open: OpenFollowUpsUseCase,
    private readonly resolve: ResolveFollowUpsUseCase,
  ) {}

  @OnEvent(AuthorizationPended)
  async pended(event: EventData<typeof AuthorizationPended>, context: EventContext) {
    await this.open.execute([authorizationPendedPlan(event)], context.invocation(followUpActor));
  }

  @OnEvent(AuthorizationExpiring)
  async expiring(event: EventData<typeof AuthorizationExpiring>, context: EventContext) {
    await this.open.execute([authorizationExpiringPlan(event)], context.invocation(followUpActor));
  }

  @OnEvent(AuthorizationApproved)
  async approved(event: EventData<typeof AuthorizationApproved>, context: EventContext) {
    await this.decided(event.authorizationId, AuthorizationApproved.type, context);
    // The renewal was granted: the reauthorization tasks of the referral are done.
    if (event.reauthorization)
      await this.resolve.execute(
        { referralId: event.referralId, kinds: ['authorization_expiring'] },
        'completed',
        AuthorizationApproved.type,
        context.invocation(followUpActor),
      );
  }

  @OnEvent(AuthorizationDenied)
  async denied(event: EventData<typeof AuthorizationDenied>, context: EventContext) {
    await this.decided(event.authorizationId, AuthorizationDenied.type, context);
  }

  @OnEvent(AuthorizationNeedsReview)
  async needsReview(event: EventData<typeof AuthorizationNeedsReview>, context: EventContext) {
    await this.decided(event.authorizationId, AuthorizationNeedsReview.type, context);
  }

  @OnEvent(AuthorizationCancelled)
  async cancelled(event: EventData<typeof AuthorizationCancelled>, context: EventContext) {
    await this.resolve.execute(
      { authorizationId: event.authorizationId },
      'cancelled',
      AuthorizationCancelled.type,
      context.invocation(followUpActor),
    );
  }

  /** The payer answered: nothing is left to inquire about. */
  private async decided(authorizationId: string, eventType: string, context: EventContext) {
    await this.resolve.execute(
      { authorizationId, kinds: ['authorization_pended'] },
      'completed',
      eventType,
      context.invocation(followUpActor),
    );
  }
}
