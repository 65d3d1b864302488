import { Injectable } from '@nestjs/common';
import { AuditWriter } from '@infuse/auth';
import { UnitOfWork } from '@infuse/database';
import { type Invocation } from '@infuse/messaging';
import {
  AUTHORIZATION_ACTIONS,
  AUTHORIZATION_RESOURCE,
  REFERRAL_COPY_ACTIONS,
  REFERRAL_COPY_RESOURCE,
} from '../authorization-audit';
import { mayUseNewInformation } from '../domain/authorization-status';
import { AuthorizationRepository } from '../persistence/authorization.repository';
import {
  AuthorizationFlagRepository,
  type FlaggedItem,
} from '../persistence/authorization-flag.repository';
import { ReferralSnapshotRepository } from '../persistence/referral-snapshot.repository';

/** A document or lab that arrived for a referral after it was accepted. */
export interface ReferralAddition {
  referralId: string;
  patientId: string;
  addition: FlaggedItem;
  addedAt: string;
  addedBy: string;
}

/**
 * Keeps what referrals added after acceptance, so every later submission sends it, and flags
 * each request already sent and still open, so a coordinator sees there is something new to
 * resubmit with. An addition for a referral prior-auth never saw accepted is not its concern.
 */
@Injectable()
export class KeepReferralAdditionUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly referrals: ReferralSnapshotRepository,
    private readonly authorizations: AuthorizationRepository,
    private readonly flags: AuthorizationFlagRepository,
    private readonly auditWriter: AuditWriter,
  ) {}

  async execute(added: ReferralAddition, invocation: Invocation): Promise<void> {
    await this.unitOfWork.run(invocation.transaction, async (manager) => {
      const referral = await this.referrals.lock(manager, added.referralId);
      if (!referral) return;
      const { addition } = added;
      // A redelivered document is kept once; a lab has no id, and a repeated result does no harm.
      if (addition.kind === 'document') {
        if (!(await this.referrals.addDocument(manager, added.referralId, addition.item))) return;
      } else await this.referrals.addLab(manager, added.referralId, addition.item);
      await this.auditWriter.recordChange(manager, invocation, {
        action: REFERRAL_COPY_ACTIONS.update,
        resourceType: REFERRAL_COPY_RESOURCE,
        resourceId: added.referralId,
        patientId: added.patientId,
      });
      const flagged = (await this.authorizations.lockOfReferral(manager, added.referralId)).filter(
        (authorization) =>
          authorization.currentSubmissionId !== null && mayUseNewInformation(authorization.status),
      );
      await this.flags.flag(
        manager,
        flagged.map((authorization) => authorization.id),
        added.addition,
        { by: added.addedBy, at: new Date(added.addedAt) },
      );
      for (const authorization of flagged)
        await this.auditWriter.recordChange(manager, invocation, {
          action: AUTHORIZATION_ACTIONS.flag,
          resourceType: AUTHORIZATION_RESOURCE,
          resourceId: authorization.id,
          patientId: authorization.patientId,
        });
    });
  }
}
