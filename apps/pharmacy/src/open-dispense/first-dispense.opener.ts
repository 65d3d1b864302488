import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { type Invocation } from '@infuse/messaging';
import { type EntityManager } from 'typeorm';
import { ClinicalPolicy } from '../clinical-policy';
import { grantFor } from '../domain/authorization-grant';
import { cycleDates, firstCycleStart } from '../domain/cycle-schedule';
import { DispenseOrder } from '../domain/dispense-order.aggregate';
import { proposeProduct } from '../domain/therapy-facts';
import { DispenseChangeRunner } from '../dispense-change.runner';
import { PharmacyCalendar } from '../pharmacy-calendar';
import { PHARMACY_ACTIONS } from '../pharmacy-audit';
import { AuthorizationGrantRepository } from '../persistence/authorization-grant.repository';
import { DispenseOrderRepository } from '../persistence/dispense-order.repository';
import { ReferralCopyRepository } from '../persistence/referral-copy.repository';

/**
 * Opens the first cycle's order once both its referral and an approval are kept, whichever came
 * first. The caller holds the referral's lock; the order's (referral, cycle) key makes a second
 * call open nothing.
 */
@Injectable()
export class FirstDispenseOpener {
  constructor(
    private readonly referrals: ReferralCopyRepository,
    private readonly grants: AuthorizationGrantRepository,
    private readonly orders: DispenseOrderRepository,
    private readonly runner: DispenseChangeRunner,
    private readonly calendar: PharmacyCalendar,
    private readonly clinical: ClinicalPolicy,
  ) {}

  async openIfReady(
    manager: EntityManager,
    referralId: string,
    invocation: Invocation,
  ): Promise<void> {
    const copy = await this.referrals.find(manager, referralId);
    if (!copy || copy.status !== 'accepted') return;
    const grants = await this.grants.forReferral(manager, referralId);
    const start = firstCycleStart(copy.order, grants);
    const grant = start ? grantFor(grants, start) : undefined;
    if (!start || !grant) return;
    const administrationDates = cycleDates(copy.order, start);
    const at = this.calendar.now();
    const order = DispenseOrder.open({
      id: randomUUID(),
      referralId,
      patientId: copy.patientId,
      cycle: 1,
      therapy: copy.order.therapy,
      productId: proposeProduct(copy, start, this.clinical.settings),
      authorizationId: grant.authorizationId,
      administrationDates,
      at,
    });
    if (!(await this.orders.addIfAbsent(manager, order))) return;
    await this.runner.announce(manager, order, invocation, PHARMACY_ACTIONS.create, at);
  }
}
