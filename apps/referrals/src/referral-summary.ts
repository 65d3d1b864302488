import { type Referral } from './domain/referral.aggregate';

/** What every intake route answers with: where the referral stands. */
export interface ReferralSummary {
  id: string;
  patientId: string;
  status: string;
  missing: string[];
  offLabel: boolean;
  createdAt: string;
}

export function summaryOf(referral: Referral): ReferralSummary {
  return {
    id: referral.id,
    patientId: referral.patientId,
    status: referral.status,
    missing: [...referral.missing],
    offLabel: referral.offLabel,
    createdAt: referral.receivedAt.toISOString(),
  };
}
