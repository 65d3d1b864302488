import { Injectable } from '@nestjs/common';
import { ReferralChangeRunner } from '../change-referral/referral-change.runner';
import { ReferralRepository } from '../persistence/referral.repository';
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
    actor: string,
  ): Promise<ReferralSummary & { documentId: string }> {
    let documentId = '';
    const summary = await this.runner.run(referralId, actor, async (locked, manager) => {
      locked.referral.requireOpen('add a document to');
      const [reference] = await this.referrals.insertDocuments(
        manager,
        referralId,
        [document],
        actor,
      );
      documentId = reference?.documentId ?? '';
      return this.runner.reevaluate(locked, manager);
    });
    return { ...summary, documentId };
  }
}
