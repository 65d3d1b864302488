import { Injectable } from '@nestjs/common';
import {
  DispenseCancelled,
  DispenseCreated,
  DispenseDelivered,
  DispenseReleased,
  DispenseReopened,
  DispenseShipped,
  DispenseVerified,
} from '@infuse/contracts';
import {
  EventPublisher,
  type Invocation,
  outgoing,
  type OutgoingEvent,
  publishContextOf,
} from '@infuse/messaging';
import { type EntityManager } from 'typeorm';
import { type DispenseChange, type DispenseOrder } from '../domain/dispense-order.aggregate';
import { releasedEventOf } from './released-event';

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
    const events = order.changes.map((change) => eventOf(order, change, at));
    await this.publisher.publishAll(manager, events, context);
  }
}

function eventOf(order: DispenseOrder, change: DispenseChange, at: Date): OutgoingEvent {
  const state = order.snapshot;
  const ids = {
    dispenseId: state.id,
    referralId: state.referralId,
    patientId: state.patientId,
    cycle: state.cycle,
  };
  const when = at.toISOString();
  switch (change.kind) {
    case 'created':
      return outgoing(DispenseCreated, {
        ...ids,
        therapy: state.therapy,
        productId: state.productId,
        authorizationId: state.authorizationId,
        administrationDates: [...state.administrationDates],
        createdAt: when,
      });
    case 'verified': {
      const verification = order.requireVerification();
      const { worksheet } = verification;
      return outgoing(DispenseVerified, {
        ...ids,
        productId: worksheet.product.productId,
        brandName: worksheet.product.brandName,
        hcpcs: worksheet.billing.hcpcs,
        units: worksheet.billing.units,
        gramsPerInfusionDay: worksheet.vials.dispensedGramsPerInfusionDay,
        dosingWeightKg: worksheet.dosingWeight.dosingWeightKg,
        acknowledgements: [...verification.acknowledgements],
        ...(verification.authorizationUpdate
          ? { authorizationUpdate: verification.authorizationUpdate }
          : {}),
        verifiedBy: verification.by,
        verifiedAt: when,
      });
    }
    case 'released':
      return outgoing(DispenseReleased, releasedEventOf(order, ids, when));
    case 'shipped': {
      const shipment = required(state.shipment, 'shipment');
      return outgoing(DispenseShipped, {
        ...ids,
        carrier: shipment.carrier,
        trackingNumber: shipment.trackingNumber,
        packOut: shipment.packOut,
        shippedBy: shipment.by,
        shippedAt: when,
      });
    }
    case 'delivered': {
      const delivery = required(state.delivery, 'delivery');
      return outgoing(DispenseDelivered, {
        ...ids,
        receivedBy: delivery.receivedBy,
        recordedBy: delivery.by,
        deliveredAt: when,
      });
    }
    case 'reopened':
      return outgoing(DispenseReopened, {
        ...ids,
        reason: 'temperature-excursion',
        receivedBy: change.unusable.receipt.receivedBy,
        unusableLots: [...change.unusable.release.lots],
        reopenedBy: change.unusable.receipt.by,
        reopenedAt: when,
      });
    case 'cancelled': {
      const cancellation = required(state.cancellation, 'cancellation');
      return outgoing(DispenseCancelled, {
        ...ids,
        reason: cancellation.reason,
        cancelledBy: cancellation.by,
        cancelledAt: when,
      });
    }
  }
}

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`a dispense change without its ${what}`);
  return value;
}
