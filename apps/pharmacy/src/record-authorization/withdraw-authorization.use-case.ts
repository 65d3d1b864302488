import { Injectable } from '@nestjs/common';
import { AuditWriter } from '@infuse/auth';
import { type AuthorizationCancelled, type EventData } from '@infuse/contracts';
import { UnitOfWork } from '@infuse/database';
import { type Invocation } from '@infuse/messaging';
import { AUTHORIZATION_GRANT_RESOURCE, PHARMACY_ACTIONS } from '../pharmacy-audit';
import { AuthorizationGrantRepository } from '../persistence/authorization-grant.repository';
import { lockReferral } from '../persistence/referral-lock';

/**
 * A cancelled authorization no longer covers any dose: releases against it are refused from now
 * on, as for a dose no authorization covers. Doses already released stay as they were.
 */
@Injectable()
export class WithdrawAuthorizationUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly grants: AuthorizationGrantRepository,
    private readonly auditWriter: AuditWriter,
  ) {}

  execute(
    cancelled: EventData<typeof AuthorizationCancelled>,
    invocation: Invocation,
  ): Promise<void> {
    return this.unitOfWork.run(invocation.transaction, async (manager) => {
      // The referral's lock orders this with a release of one of its doses under way.
      await lockReferral(manager, cancelled.referralId);
      const at = new Date(cancelled.cancelledAt).toISOString();
      if (!(await this.grants.withdraw(manager, cancelled.authorizationId, at))) return;
      await this.auditWriter.recordChange(manager, invocation, {
        action: PHARMACY_ACTIONS.withdrawAuthorization,
        resourceType: AUTHORIZATION_GRANT_RESOURCE,
        resourceId: cancelled.authorizationId,
        patientId: cancelled.patientId,
      });
    });
  }
}
