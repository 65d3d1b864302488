import { Injectable } from '@nestjs/common';
import { AuditWriter } from '@infuse/auth';
import { type EventData, type ReferralAccepted } from '@infuse/contracts';
import { UnitOfWork } from '@infuse/database';
import { type Invocation } from '@infuse/messaging';
import { REFERRAL_COPY_ACTIONS, REFERRAL_COPY_RESOURCE } from '../authorization-audit';
import { AuthorizationCalendar } from '../authorization-calendar';
import { noAuthorizationReason, type ReferralSnapshot } from '../domain/referral-snapshot';
import { ReferralSnapshotRepository } from '../persistence/referral-snapshot.repository';
import { AuthorizationOpener } from './authorization-opener';

/**
 * Intake accepted a referral: keep what prior-auth needs of it and open its initial request,
 * once, however often the acceptance arrives. An uninsured referral has nothing to authorize:
 * it is kept with the reason, and the API says so.
 */
@Injectable()
export class RequestAuthorizationUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly referrals: ReferralSnapshotRepository,
    private readonly opener: AuthorizationOpener,
    private readonly calendar: AuthorizationCalendar,
    private readonly auditWriter: AuditWriter,
  ) {}

  async execute(
    accepted: EventData<typeof ReferralAccepted>,
    invocation: Invocation,
  ): Promise<void> {
    const referral: ReferralSnapshot = {
      referralId: accepted.referralId,
      patientId: accepted.patientId,
      acceptedAt: new Date(accepted.acceptedAt),
      offLabel: accepted.offLabel,
      patient: accepted.patient,
      prescriber: accepted.prescriber,
      order: accepted.order,
      insurance: accepted.insurance,
      labs: accepted.labs,
      documents: accepted.documents,
      cancelledAt: null,
    };
    const notRequired = noAuthorizationReason(referral);
    await this.unitOfWork.run(invocation.transaction, async (manager) => {
      const at = this.calendar.now();
      if (!(await this.referrals.addIfAbsent(manager, referral, notRequired, at))) return;
      await this.auditWriter.recordChange(manager, invocation, {
        action: REFERRAL_COPY_ACTIONS.keep,
        resourceType: REFERRAL_COPY_RESOURCE,
        resourceId: referral.referralId,
        patientId: referral.patientId,
      });
      if (notRequired) return;
      // The order's start date, else the day intake accepted it, as the pharmacy counts days.
      const firstDoseDate = referral.order.startDate ?? this.calendar.today(referral.acceptedAt);
      await this.opener.open(
        manager,
        referral,
        {
          kind: 'initial',
          supersedesId: null,
          plan: { firstDoseDate, period: { start: firstDoseDate, kind: 'initial' } },
        },
        invocation,
      );
    });
  }
}
