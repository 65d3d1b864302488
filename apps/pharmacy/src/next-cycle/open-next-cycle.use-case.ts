import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { addMonths, doseDue } from '@infuse/clinical';
import { UnitOfWork } from '@infuse/database';
import { type Invocation } from '@infuse/messaging';
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
import { lockReferral } from '../persistence/referral-lock';

/** A cycle of a referral was given; the next one is due. */
export interface CompletedCycle {
  referralId: string;
  cycle: number;
}

/**
 * Opens the order of cycle n+1 once cycle n is given (nursing's visit.completed, when nursing
 * exists). Its date is the clinical library's next-dose rule: the interval after cycle n's first
 * day, or today when that day has passed (a missed dose is given as soon as possible [PRV6]). It
 * needs an authorization covering every day of the cycle, and stops at the end of the order's
 * duration. Handling the same completion twice opens nothing new.
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
  ) {}

  execute(completed: CompletedCycle, invocation: Invocation): Promise<DispenseSummary> {
    return this.unitOfWork.run(invocation.transaction, async (manager) => {
      const { referralId, cycle } = completed;
      await lockReferral(manager, referralId);
      const copy = await this.referrals.find(manager, referralId);
      if (copy?.status !== 'accepted')
        throw new DispenseError('DISPENSE.NO_NEXT_CYCLE', `Referral ${referralId} is not active.`);
      const existing = await this.orders.lockCycle(manager, referralId, cycle + 1);
      if (existing) return summaryOf(existing);
      const [given, first] = await Promise.all([
        this.orders.lockCycle(manager, referralId, cycle),
        this.orders.lockCycle(manager, referralId, 1),
      ]);
      if (!given || !first)
        throw new DispenseError(
          'DISPENSE.NOT_FOUND',
          `No cycle ${cycle} of referral ${referralId}.`,
        );

      const { order } = copy;
      const start = doseDue(given.dueOn, order.intervalDays, this.calendar.today()).giveOn;
      if (order.durationMonths !== undefined) {
        const end = addMonths(first.dueOn, order.durationMonths);
        if (start >= end)
          throw new DispenseError(
            'DISPENSE.NO_NEXT_CYCLE',
            `The order's ${order.durationMonths} months from ${first.dueOn} end before ${start}.`,
            { orderEndsOn: end },
          );
      }
      const administrationDates = cycleDates(order, start);
      const covering = (await this.grants.forReferral(manager, referralId)).filter((grant) =>
        administrationDates.every((date) => covers(grant, date)),
      );
      const productId = given.verification?.productId ?? given.productId;
      const grant = grantFor(covering, start);
      if (!grant)
        throw new DispenseError(
          'DISPENSE.NO_NEXT_CYCLE',
          `No authorization covers ${administrationDates.join(', ')}.`,
          { administrationDates },
        );

      const at = this.calendar.now();
      const next = DispenseOrder.open({
        id: randomUUID(),
        referralId,
        patientId: copy.patientId,
        cycle: cycle + 1,
        therapy: order.therapy,
        productId,
        authorizationId: grant.authorizationId,
        administrationDates,
        at,
      });
      await this.orders.addIfAbsent(manager, next);
      await this.runner.announce(manager, next, invocation, PHARMACY_ACTIONS.create, at);
      return summaryOf(next);
    });
  }
}
