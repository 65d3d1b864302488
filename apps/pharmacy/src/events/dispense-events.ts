import { Injectable } from '@nestjs/common';
import { DispenseCancelled, DispenseCreated } from '@infuse/contracts';
import {
  EventPublisher,
  type Invocation,
  outgoing,
  type OutgoingEvent,
  publishContextOf,
} from '@infuse/messaging';
import { type EntityManager } from 'typeorm';
import { type DispenseChange, type DispenseOrder } from '../domain/dispense-order.aggregate';

/**
 * Announces what happened to a dose, through the outbox of the transaction that made it happen:
 * one event per change, built from the order in hand. The correlation id is the referral's.
 */
@Injectable()
export class DispenseEvents {
  constructor(private readonly publisher: EventPublisher) {}

  async publishChanges(
    manager: EntityManager,
    order: DispenseOrder,
    invocation: Invocation,
    at: Date,
  ): Promise<void> {
    if (order.changes.length === 0) return;
    const context = publishContextOf(invocation, order.referralId, at);
    const events = order.changes.map((change) => this.eventOf(order, change, at));
    await this.publisher.publishAll(manager, events, context);
  }

  private eventOf(order: DispenseOrder, change: DispenseChange, at: Date): OutgoingEvent {
    const state = order.snapshot;
    const ids = {
      dispenseId: state.id,
      referralId: state.referralId,
      patientId: state.patientId,
      cycle: state.cycle,
    };
    switch (change.kind) {
      case 'created':
        return outgoing(DispenseCreated, {
          ...ids,
          therapy: state.therapy,
          productId: state.productId,
          authorizationId: state.authorizationId,
          administrationDates: [...state.administrationDates],
          createdAt: at.toISOString(),
        });
      case 'cancelled': {
        const cancellation = required(state.cancellation, 'cancellation');
        return outgoing(DispenseCancelled, {
          ...ids,
          reason: cancellation.reason,
          cancelledBy: cancellation.by,
          cancelledAt: cancellation.at.toISOString(),
        });
      }
    }
  }
}

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`a dispense change without its ${what}`);
  return value;
}
