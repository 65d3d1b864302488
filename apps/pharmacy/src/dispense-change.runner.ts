import { Injectable } from '@nestjs/common';
import { AuditWriter } from '@infuse/auth';
import { UnitOfWork } from '@infuse/database';
import { type Invocation } from '@infuse/messaging';
import { type EntityManager } from 'typeorm';
import { type DispenseOrder, type Stamp } from './domain/dispense-order.aggregate';
import { DispenseError } from './domain/dispense.errors';
import { type DispenseSummary, summaryOf } from './dispense-summary';
import { DispenseEvents } from './events/dispense-events';
import { PharmacyCalendar } from './pharmacy-calendar';
import { DISPENSE_RESOURCE, type PharmacyAction } from './pharmacy-audit';
import { type DispenseContext, DispenseContextReader } from './persistence/dispense-context.reader';
import { DispenseOrderRepository } from './persistence/dispense-order.repository';
import { lockReferral } from './persistence/referral-lock';

/** What a change is given: the order with its worksheet's inputs, who acts and when. */
export interface ChangeScope {
  readonly context: DispenseContext;
  readonly stamp: Stamp;
  readonly manager: EntityManager;
}

/**
 * The shape every change to a dose takes, in one transaction: take the referral's lock (the
 * units of its authorizations are shared by its doses, and consumers take it too, always
 * first), lock and read the order with its worksheet's inputs, let the order decide, save it,
 * publish what changed and audit who did it.
 */
@Injectable()
export class DispenseChangeRunner {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly orders: DispenseOrderRepository,
    private readonly contexts: DispenseContextReader,
    private readonly events: DispenseEvents,
    private readonly calendar: PharmacyCalendar,
    private readonly auditWriter: AuditWriter,
  ) {}

  run(
    id: string,
    invocation: Invocation,
    action: PharmacyAction,
    change: (scope: ChangeScope) => void | Promise<void>,
  ): Promise<DispenseSummary> {
    return this.unitOfWork.run(invocation.transaction, async (manager) => {
      const referralId = await this.orders.referralOf(manager, id);
      if (!referralId) throw new DispenseError('DISPENSE.NOT_FOUND', `No dispense ${id}.`);
      await lockReferral(manager, referralId);
      const context = await this.contexts.read(manager, id, 'for-change');
      if (!context) throw new DispenseError('DISPENSE.NOT_FOUND', `No dispense ${id}.`);
      const at = this.calendar.now();
      await change({ context, stamp: { by: invocation.actor.subject, at }, manager });
      const { order } = context;
      await this.orders.save(manager, order);
      await this.announce(manager, order, invocation, action, at);
      return summaryOf(order);
    });
  }

  /** Publishes what changed in an order just stored in `manager`'s transaction, and audits it. */
  async announce(
    manager: EntityManager,
    order: DispenseOrder,
    invocation: Invocation,
    action: PharmacyAction,
    at: Date,
  ): Promise<void> {
    await this.events.publishChanges(manager, order, invocation, at);
    await this.auditWriter.recordChange(manager, invocation, {
      action,
      resourceType: DISPENSE_RESOURCE,
      resourceId: order.id,
      patientId: order.patientId,
    });
  }
}
