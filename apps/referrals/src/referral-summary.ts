import { type ReferralRecord } from './persistence/referral.orm-entity';

/** What every intake route answers with: where the referral stands. */
export interface ReferralSummary {
  id: string;
  patientId: string;
  status: string;
  missing: string[];
  offLabel: boolean;
  createdAt: string;
}

export function summaryOf(record: ReferralRecord): ReferralSummary {
  return {
    id: record.id,
    patientId: record.patientId,
    status: record.status,
    missing: record.missing,
    offLabel: record.offLabel,
    createdAt: record.createdAt.toISOString(),
  };
}
