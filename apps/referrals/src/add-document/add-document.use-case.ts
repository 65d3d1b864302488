import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { type Invocation } from '@infuse/messaging';
import { ReferralChangeRunner } from '../change-referral/referral-change.runner';
import { type DocumentInput } from '../domain/referral-input';
import { REFERRAL_ACTIONS } from '../referral-audit';
import { type ReferralSummary } from '../referral-summary';

/** Attaches a document to an open referral and judges it again: it may now be complete. */
@Injectable()
export class AddDocumentUseCase {
  constructor(private readonly runner: ReferralChangeRunner) {}

  async execute(
    referralId: string,
    document: DocumentInput,
    invocation: Invocation,
  ): Promise<ReferralSummary & { documentId: string }> {
    const documentId = randomUUID();
    const summary = await this.runner.run(
      referralId,
      invocation,
      REFERRAL_ACTIONS.addDocument,
      (referral, rules) => referral.addDocument(document, documentId, rules),
    );
    return { ...summary, documentId };
  }
}
