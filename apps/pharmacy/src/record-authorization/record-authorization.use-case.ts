import { Injectable } from '@nestjs/common';
import { AuditWriter } from '@infuse/auth';
import { type AuthorizationApproved, type EventData } from '@infuse/contracts';
import { UnitOfWork } from '@infuse/database';
import { type Invocation } from '@infuse/messaging';
import { FirstDispenseOpener } from '../open-dispense/first-dispense.opener';
import { AUTHORIZATION_GRANT_RESOURCE, PHARMACY_ACTIONS } from '../pharmacy-audit';
import { AuthorizationGrantRepository } from '../persistence/authorization-grant.repository';
import { OpenNextCycleUseCase } from '../next-cycle/open-next-cycle.use-case';
import { NextCycleHoldRepository } from '../persistence/next-cycle-hold.repository';
import { lockReferral } from '../persistence/referral-lock';

/**
 * Records an approval pharmacy dispenses against, and opens the first order if its referral is
 * already here (an approval whose referral has not arrived waits for it), or the next one when
 * it was held for want of an authorization.
 */
@Injectable()
export class RecordAuthorizationUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly grants: AuthorizationGrantRepository,
    private readonly opener: FirstDispenseOpener,
    private readonly auditWriter: AuditWriter,
    private readonly holds: NextCycleHoldRepository,
    private readonly openNextCycle: OpenNextCycleUseCase,
  ) {}

  execute(
    approved: EventData<typeof AuthorizationApproved>,
    invocation: Invocation,
  ): Promise<void> {
    return this.unitOfWork.run(invocation.transaction, async (manager) => {
      await lockReferral(manager, approved.referralId);
      await this.grants.record(manager, {
        authorizationId: approved.authorizationId,
        referralId: approved.referralId,
        patientId: approved.patientId,
        payerId: approved.payerId,
        kind: approved.kind,
        authorizationNumber: approved.authorizationNumber,
        periodStart: approved.periodStart,
        periodEnd: approved.periodEnd,
        hcpcs: approved.hcpcs,
        authorizedUnits: approved.authorizedUnits,
        decidedAt: new Date(approved.decidedAt).toISOString(),
      });
      await this.auditWriter.recordChange(manager, invocation, {
        action: PHARMACY_ACTIONS.recordAuthorization,
        resourceType: AUTHORIZATION_GRANT_RESOURCE,
        resourceId: approved.authorizationId,
        patientId: approved.patientId,
      });
      await this.opener.openIfReady(manager, approved.referralId, invocation);
      // A next dose held for want of an authorization may be covered now.
      const held = await this.holds.awaitingAuthorization(manager, approved.referralId);
      if (held)
        await this.openNextCycle.openAfter(
          manager,
          { referralId: held.referralId, cycle: held.givenCycle },
          invocation,
        );
    });
  }
}
