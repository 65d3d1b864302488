import { Injectable } from '@nestjs/common';
import {
  type CallFailed,
  type CallSucceeded,
  HandlesOutboundCall,
  type OutboundCallHandler,
} from '@infuse/outbound-calls';
import { type EntityManager } from 'typeorm';
import { SubscribeAtPayer } from './payer-call-kinds';

type Context = NonNullable<(typeof SubscribeAtPayer)['context']>;

/** Keeps what the payer made of the subscription: its id when created, its status when refused. */
@Injectable()
@HandlesOutboundCall(SubscribeAtPayer)
export class PayerSubscriptionHandler implements OutboundCallHandler<Context> {
  async succeeded(
    { call, response }: CallSucceeded<Context>,
    manager: EntityManager,
  ): Promise<void> {
    await this.settle(
      manager,
      call.context,
      'active',
      response.status,
      subscriptionIdOf(response.text()),
    );
  }

  async failed(outcome: CallFailed<Context>, manager: EntityManager): Promise<void> {
    const status =
      outcome.reason === 'rejected' ? outcome.response.status : (outcome.failure.status ?? null);
    await this.settle(manager, outcome.call.context, 'failed', status, null);
  }

  private async settle(
    manager: EntityManager,
    { payerId, endpoint }: Context,
    status: 'active' | 'failed',
    httpStatus: number | null,
    subscriptionId: string | null,
  ): Promise<void> {
    await manager.query(
      `UPDATE payer_subscription SET status = $3, http_status = $4, subscription_id = $5, answered_at = now()
        WHERE payer_id = $1 AND endpoint = $2`,
      [payerId, endpoint, status, httpStatus, subscriptionId],
    );
  }
}

function subscriptionIdOf(text: string): string | null {
  try {
    const id = (JSON.parse(text) as { id?: unknown }).id;
    return typeof id === 'string' && id.length <= 64 ? id : null;
  } catch {
    return null;
  }
}
