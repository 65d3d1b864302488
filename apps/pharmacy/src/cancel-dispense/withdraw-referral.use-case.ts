import { Injectable } from '@nestjs/common';
import { type EventData, type ReferralCancelled } from '@infuse/contracts';
import { UnitOfWork } from '@infuse/database';
import { type Invocation } from '@infuse/messaging';
import { DispenseChangeRunner } from '../dispense-change.runner';
import { PharmacyCalendar } from '../pharmacy-calendar';
import { PHARMACY_ACTIONS } from '../pharmacy-audit';
import { DispenseOrderRepository } from '../persistence/dispense-order.repository';
import { ReferralCopyRepository } from '../persistence/referral-copy.repository';
import { lockReferral } from '../persistence/referral-lock';

/**
 * A referral was withdrawn: its open orders are cancelled, and no approval arriving later opens
 * one. A dose already shipped is with the carrier and left to its delivery.
 */
@Injectable()
export class WithdrawReferralUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly referrals: ReferralCopyRepository,
    private readonly orders: DispenseOrderRepository,
    private readonly runner: DispenseChangeRunner,
    private readonly calendar: PharmacyCalendar,
  ) {}

  execute(cancelled: EventData<typeof ReferralCancelled>, invocation: Invocation): Promise<void> {
    return this.unitOfWork.run(invocation.transaction, async (manager) => {
      await lockReferral(manager, cancelled.referralId);
      await this.referrals.markCancelled(manager, cancelled.referralId, this.calendar.now());
      const reason = cancelled.reason
        ? `Referral cancelled: ${cancelled.reason}`
        : 'Referral cancelled';
      for (const order of await this.orders.lockOpenOrders(manager, cancelled.referralId)) {
        const at = this.calendar.now();
        order.cancel(reason, { by: invocation.actor.subject, at });
        await this.orders.save(manager, order);
        await this.runner.announce(manager, order, invocation, PHARMACY_ACTIONS.cancel, at);
      }
    });
  }
}
