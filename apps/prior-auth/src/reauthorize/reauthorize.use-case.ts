import { Injectable } from '@nestjs/common';
import { addDays } from '@infuse/clinical';
import { UnitOfWork } from '@infuse/database';
import { type Invocation } from '@infuse/messaging';
import { isApproved } from '../domain/authorization-status';
import { AuthorizationRepository } from '../persistence/authorization.repository';
import { ReferralSnapshotRepository } from '../persistence/referral-snapshot.repository';
import { AuthorizationOpener } from '../request-authorization/authorization-opener';

/**
 * An approved authorization is ending (its follow-up fell due): ask the same payer for the next
 * period, from the day after it ends, for the payer's renewal validity, same product and dose.
 * Once per authorization, however often the follow-up arrives; nothing for a referral that was
 * cancelled or an authorization no longer approved.
 */
@Injectable()
export class ReauthorizeUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly authorizations: AuthorizationRepository,
    private readonly referrals: ReferralSnapshotRepository,
    private readonly opener: AuthorizationOpener,
  ) {}

  execute(authorizationId: string, invocation: Invocation): Promise<void> {
    return this.unitOfWork.run(invocation.transaction, async (manager) => {
      const source = await this.authorizations.find(manager, authorizationId);
      const approval = source?.approval;
      const therapy = source?.therapy;
      if (!source || !approval || !therapy) return;
      if (!isApproved(source.status) && source.status !== 'expired') return;
      const referral = await this.referrals.find(manager, source.referralId);
      if (!referral || referral.cancelledAt) return;
      await this.opener.open(
        manager,
        referral,
        {
          kind: 'reauthorization',
          supersedesId: source.id,
          plan: {
            firstDoseDate: therapy.firstDoseDate,
            period: { start: addDays(approval.periodEnd, 1), kind: 'reauthorization' },
            productBrand: therapy.productName,
            doseGramsPerKg: therapy.doseGramsPerKg,
          },
        },
        invocation,
      );
    });
  }
}
