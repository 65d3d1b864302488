import { Injectable } from '@nestjs/common';
import { type EntityManager } from 'typeorm';

export type ExchangeOperation = 'submit' | 'cancel' | 'inquire' | 'notification';

/** One exchange with a payer, as a coordinator reads it. */
export interface PayerExchange {
  operation: ExchangeOperation;
  /** The bundle sent, for what prior-auth sent; absent for a notification. */
  bundleIdentifier: string | null;
  /** The payer's HTTP status; absent when it never answered. */
  httpStatus: number | null;
  /** What the answer meant: `A1 approved`, `error`, `no answer`… */
  decision: string;
  occurredAt: Date;
}

/** Every exchange with a payer, in the order they happened. */
@Injectable()
export class PayerExchangeRepository {
  async record(
    manager: EntityManager,
    authorizationId: string,
    exchange: PayerExchange,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO payer_exchange (authorization_id, operation, bundle_identifier, http_status, decision, occurred_at)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [
        authorizationId,
        exchange.operation,
        exchange.bundleIdentifier,
        exchange.httpStatus,
        exchange.decision,
        exchange.occurredAt,
      ],
    );
  }
}
