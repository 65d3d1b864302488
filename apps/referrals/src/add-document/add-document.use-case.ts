import { Injectable } from '@nestjs/common';
import { type Invocation } from '@infuse/messaging';
import { ReferralChangeRunner } from '../change-referral/referral-change.runner';
import { ReferralEvents } from '../events/referral-events';
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
    private readonly events: ReferralEvents,
  ) {}

  async execute(
    referralId: string,
    document: ReferralDocumentInput,
    invocation: Invocation,
  ): Promise<ReferralSummary & { documentId: string }> {
    let documentId = '';
    const summary = await this.runner.run(
      referralId,
      invocation,
      REFERRAL_ACTIONS.addDocument,
      async (locked, manager) => {
        locked.referral.requireOpen('add a document to');
        const [reference] = await this.referrals.insertDocuments(
          manager,
          referralId,
          [document],
          invocation.actor.subject,
        );
        if (!reference) throw new Error('the document was not stored');
        documentId = reference.documentId;
        await this.events.documentAdded(manager, locked.record, reference, invocation);
        return this.runner.reevaluate(locked, manager);
      },
    );
    return { ...summary, documentId };
  }
}
