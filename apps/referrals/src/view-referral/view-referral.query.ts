import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DocumentReference, type LabResult } from '@infuse/contracts';
import { DataSource } from 'typeorm';
import { ReferralStatusChangeRecord } from '../persistence/referral-status-change.orm-entity';
import { ReferralRecord } from '../persistence/referral.orm-entity';
import { ReferralRepository } from '../persistence/referral.repository';
import { type StoredSubmission } from '../persistence/stored-submission';
import { type ReferralSummary, summaryOf } from '../referral-summary';

export interface StatusChangeView {
  status: string;
  missing: string[];
  reason: string | null;
  changedBy: string;
  changedAt: string;
}

export type ReferralView = ReferralSummary &
  StoredSubmission & {
    labs: LabResult[];
    documents: DocumentReference[];
    history: StatusChangeView[];
    submittedBy: string;
    updatedAt: string;
  };

/** One referral as an intake coordinator reads it, with its status history; no document contents. */
@Injectable()
export class ViewReferralQuery {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly referrals: ReferralRepository,
  ) {}

  async execute(id: string): Promise<ReferralView | undefined> {
    const manager = this.dataSource.manager;
    const record = await manager.findOne(ReferralRecord, { where: { id } });
    if (!record) return undefined;
    const [labs, documents, history] = await Promise.all([
      this.referrals.labsOf(manager, id),
      this.referrals.documentsOf(manager, id),
      manager.find(ReferralStatusChangeRecord, { where: { referralId: id }, order: { id: 'ASC' } }),
    ]);
    return {
      ...summaryOf(record),
      ...record.submission,
      labs,
      documents,
      history: history.map((change) => ({
        status: change.status,
        missing: change.missing,
        reason: change.reason,
        changedBy: change.changedBy,
        changedAt: change.changedAt.toISOString(),
      })),
      submittedBy: record.submittedBy,
      updatedAt: record.updatedAt.toISOString(),
    };
  }
}
