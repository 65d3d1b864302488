import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DocumentReference, type LabResult } from '@infuse/contracts';
import { DataSource } from 'typeorm';
import { type ReferralParticulars } from '../domain/referral-input';
import { ReferralRepository } from '../persistence/referral.repository';
import { type ReferralSummary, summaryOf } from '../referral-summary';

export interface StatusChangeView {
  status: string;
  missing: string[];
  reason: string | null;
  changedBy: string;
  changedAt: string;
}

export type ReferralView = ReferralSummary &
  ReferralParticulars & {
    labs: LabResult[];
    documents: DocumentReference[];
    history: StatusChangeView[];
    submittedBy: string;
    updatedAt: string;
  };

interface HistoryRow {
  updated_at: Date;
  status: string | null;
  missing: string[] | null;
  reason: string | null;
  changed_by: string | null;
  changed_at: Date | null;
}

/** Whether intake accepted the referral at some point of its history. */
export function everAccepted(referral: Pick<ReferralView, 'history'>): boolean {
  return referral.history.some((change) => change.status === 'accepted');
}

/** One referral as an intake coordinator reads it, with its status history; no document contents. */
@Injectable()
export class ViewReferralQuery {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly referrals: ReferralRepository,
  ) {}

  async execute(id: string): Promise<ReferralView | undefined> {
    const manager = this.dataSource.manager;
    const [referral, rows] = await Promise.all([
      // Labs and documents read as the accepted event lists them: in the order they were added.
      this.referrals.find(manager, id),
      manager.query<HistoryRow[]>(
        `SELECT r.updated_at, c.status, c.missing, c.reason, c.changed_by, c.changed_at
           FROM referral r LEFT JOIN referral_status_change c ON c.referral_id = r.id
          WHERE r.id = $1 ORDER BY c.id`,
        [id],
      ),
    ]);
    const [first] = rows;
    if (!referral || !first) return undefined;
    return {
      ...summaryOf(referral),
      ...referral.particulars,
      labs: [...referral.labs],
      documents: [...referral.documents],
      history: rows.flatMap(statusChangeOf),
      submittedBy: referral.submittedBy,
      updatedAt: first.updated_at.toISOString(),
    };
  }
}

function statusChangeOf(row: HistoryRow): StatusChangeView[] {
  if (row.status === null || row.changed_at === null) return [];
  return [
    {
      status: row.status,
      missing: row.missing ?? [],
      reason: row.reason,
      changedBy: row.changed_by ?? '',
      changedAt: row.changed_at.toISOString(),
    },
  ];
}
