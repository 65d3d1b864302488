import { Injectable } from '@nestjs/common';
import { type AuditActor } from '@infuse/auth';
import { ReferralChangeRunner } from '../change-referral/referral-change.runner';
import { ReferralRepository } from '../persistence/referral.repository';
import { REFERRAL_ACTIONS } from '../referral-audit';
import { type ReferralSummary } from '../referral-summary';
import { type ReferralDocumentInput } from '../submit-referral/referral-submission.schema';

/** Attaches a document to an open referral and judges it again: it may now be complete. */
@Injectable()
export class AddDocumentUseCase {
  constructor(
    private readonly runner: ReferralChangeRunner,
    private readonly referrals: ReferralRepository,
  ) {}

  async execute(
    referralId: string,
    document: ReferralDocumentInput,
    actor: AuditActor,
  ): Promise<ReferralSummary & { documentId: string }> {
    let documentId = '';
    const summary = await this.runner.run(
      referralId,
      actor,
      REFERRAL_ACTIONS.addDocument,
      async (locked, manager) => {
        locked.referral.requireOpen('add a document to');
        const [reference] = await this.referrals.insertDocuments(
          manager,
          referralId,
          [document],
          actor.subject,
        );
        documentId = reference?.documentId ?? '';
        return this.runner.reevaluate(locked, manager);
      },
    );
    return { ...summary, documentId };
  }
}
