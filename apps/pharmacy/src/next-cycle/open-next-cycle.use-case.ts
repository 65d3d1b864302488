import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { addMonths, doseDue } from '@infuse/clinical';
import { DispenseNextCycleHeld, type EventData } from '@infuse/contracts';
import { UnitOfWork } from '@infuse/database';
import { EventPublisher, type Invocation, publishContextOf } from '@infuse/messaging';
import { type EntityManager } from 'typeorm';
import { covers, grantFor } from '../domain/authorization-grant';
import { cycleDates } from '../domain/cycle-schedule';
import { DispenseOrder } from '../domain/dispense-order.aggregate';
import { DispenseError } from '../domain/dispense.errors';
import { type DispenseSummary, summaryOf } from '../dispense-summary';
import { DispenseChangeRunner } from '../dispense-change.runner';
import { PharmacyCalendar } from '../pharmacy-calendar';
import { PHARMACY_ACTIONS } from '../pharmacy-audit';
import { AuthorizationGrantRepository } from '../persistence/authorization-grant.repository';
import { DispenseOrderRepository } from '../persistence/dispense-order.repository';
import { ReferralCopyRepository } from '../persistence/referral-copy.repository';
import { NextCycleHoldRepository } from '../persistence/next-cycle-hold.repository';
import { lockReferral } from '../persistence/referral-lock';

/** A cycle of a referral was given; the next one is due. */
export interface CompletedCycle {
  referralId: string;
  cycle: number;
}

type Hold = Pick<
  EventData<typeof DispenseNextCycleHeld>,
  'reason' | 'nextDoseDate' | 'administrationDates' | 'orderEndsOn'
>;

/**
 * What came of a completed cycle: the next order opened (or found, when the completion came
 * before), the next order held for a reauthorization or a renewal, or nothing for a referral
 * no longer active.
 */
export type NextCycleOutcome =
  | { readonly kind: 'opened'; readonly dispense: DispenseSummary }
  | ({ readonly kind: 'held' } & Hold)
  | { readonly kind: 'inactive' };

/**
 * Opens the order of cycle n+1 once cycle n is given (nursing's visit.completed). Its date is
 * the clinical library's next-dose rule: the interval after cycle n's first day, or today when
 * that day has passed (a missed dose is given as soon as possible [PRV6]). It needs an
 * authorization covering every day of the cycle, and stops at the end of the order's duration;
 * either way the hold is announced (`dispense.next-cycle-held`), so a coordinator is asked for a
 * reauthorization or a renewal. Handling the same completion twice opens nothing new.
 */
@Injectable()
export class OpenNextCycleUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly referrals: ReferralCopyRepository,
    private readonly grants: AuthorizationGrantRepository,
    private readonly orders: DispenseOrderRepository,
    private readonly runner: DispenseChangeRunner,
    private readonly calendar: PharmacyCalendar,
    private readonly publisher: EventPublisher,
    private readonly holds: NextCycleHoldRepository,
  ) {}

  execute(completed: CompletedCycle, invocation: Invocation): Promise<NextCycleOutcome> {
    return this.unitOfWork.run(invocation.transaction, async (manager) => {
      await lockReferral(manager, completed.referralId);
      return this.openAfter(manager, completed, invocation);
    });
  }

  /**
   * The same, inside a transaction that holds the referral's lock: an approval that arrives for
   * a held next dose opens it this way.
   */
  async openAfter(
    manager: EntityManager,
    completed: CompletedCycle,
    invocation: Invocation,
  ): Promise<NextCycleOutcome> {
    const { referralId, cycle } = completed;
    const copy = await this.referrals.find(manager, referralId);
    if (copy?.status !== 'accepted') return { kind: 'inactive' };
    const existing = await this.orders.lockCycle(manager, referralId, cycle + 1);
    if (existing) return { kind: 'opened', dispense: summaryOf(existing) };
    const [given, first] = await Promise.all([
      this.orders.lockCycle(manager, referralId, cycle),
      this.orders.lockCycle(manager, referralId, 1),
    ]);
    if (!given || !first)
      throw new DispenseError('DISPENSE.NOT_FOUND', `No cycle ${cycle} of referral ${referralId}.`);

    const { order } = copy;
    const start = doseDue(given.dueOn, order.intervalDays, this.calendar.today()).giveOn;
    const administrationDates = cycleDates(order, start);
    const hold = async (held: Hold): Promise<NextCycleOutcome> => {
      await this.announceHold(manager, given, held, invocation);
      return { kind: 'held', ...held };
    };
    if (order.durationMonths !== undefined) {
      const orderEndsOn = addMonths(first.dueOn, order.durationMonths);
      if (start >= orderEndsOn)
        return hold({
          reason: 'order-ended',
          nextDoseDate: start,
          administrationDates,
          orderEndsOn,
        });
    }
    const covering = (await this.grants.forReferral(manager, referralId)).filter((grant) =>
      administrationDates.every((date) => covers(grant, date)),
    );
    const grant = grantFor(covering, start);
    if (!grant)
      return hold({ reason: 'no-authorization', nextDoseDate: start, administrationDates });

    const at = this.calendar.now();
    const next = DispenseOrder.open({
      id: randomUUID(),
      referralId,
      patientId: copy.patientId,
      cycle: cycle + 1,
      therapy: order.therapy,
      productId: given.verification?.productId ?? given.productId,
      authorizationId: grant.authorizationId,
      administrationDates,
      at,
    });
    await this.orders.addIfAbsent(manager, next);
    await this.holds.release(manager, referralId, cycle);
    await this.runner.announce(manager, next, invocation, PHARMACY_ACTIONS.create, at);
    return { kind: 'opened', dispense: summaryOf(next) };
  }

  // A hold already on record for the same reason is not announced again.
  private async announceHold(
    manager: EntityManager,
    given: DispenseOrder,
    hold: Hold,
    invocation: Invocation,
  ): Promise<void> {
    const at = this.calendar.now();
    const recorded = await this.holds.hold(
      manager,
      {
        referralId: given.referralId,
        givenCycle: given.cycle,
        reason: hold.reason,
        nextDoseDate: hold.nextDoseDate,
      },
      at,
    );
    if (!recorded) return;
    await this.publisher.publish(
      manager,
      DispenseNextCycleHeld,
      {
        dispenseId: given.id,
        referralId: given.referralId,
        patientId: given.patientId,
        cycle: given.cycle,
        authorizationId: given.snapshot.authorizationId,
        ...hold,
        heldAt: at.toISOString(),
      },
      publishContextOf(invocation, given.referralId, at),
    );
  }
}
