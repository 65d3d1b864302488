import { Global, Module } from '@nestjs/common';
import { SubscriptionRepository } from '../persistence/subscription.repository';
import { PayerSystemTokens } from './payer-system-tokens';
import { SubscriberTargets } from './subscriber-targets';

/**
 * The subscriber targets, global so OutboundCallsModule's dispatcher can be given them and the
 * subscribe use case can tell them of a new subscription.
 */
@Global()
@Module({
  providers: [SubscriberTargets, SubscriptionRepository, PayerSystemTokens],
  exports: [SubscriberTargets, SubscriptionRepository],
})
export class SubscriberTargetsModule {}
