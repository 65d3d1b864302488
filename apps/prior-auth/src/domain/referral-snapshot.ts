import {
  type DocumentReference,
  type InsuranceSnapshot,
  type LabResult,
  type OrderSnapshot,
  type PatientSnapshot,
  type PrescriberSnapshot,
} from '@infuse/contracts';

/**
 * What prior-auth keeps of an accepted referral: enough to build, and rebuild, every request for
 * it without calling back. Labs and documents grow as referrals announces additions.
 */
export interface ReferralSnapshot {
  referralId: string;
  patientId: string;
  acceptedAt: Date;
  offLabel: boolean;
  patient: PatientSnapshot;
  prescriber: PrescriberSnapshot;
  order: OrderSnapshot;
  insurance: InsuranceSnapshot;
  labs: LabResult[];
  documents: DocumentReference[];
  cancelledAt: Date | null;
}

/** Why an accepted referral gets no authorization request at all. */
export type NoAuthorizationReason = 'uninsured';

export function noAuthorizationReason(
  referral: Pick<ReferralSnapshot, 'insurance'>,
): NoAuthorizationReason | undefined {
  return referral.insurance.planType === 'uninsured' ? 'uninsured' : undefined;
}
