import {
  type DocumentReference,
  type InsuranceSnapshot,
  type LabResult,
  type OrderSnapshot,
  type PatientSnapshot,
  type PrescriberSnapshot,
} from '@infuse/contracts';

/**
 * Pharmacy's own copy of an accepted referral: what verification needs of the patient, the
 * order, the insurance, the labs and the documents, kept fresh by the referral's later events.
 */
export interface ReferralCopy {
  readonly referralId: string;
  readonly patientId: string;
  readonly status: 'accepted' | 'cancelled';
  readonly offLabel: boolean;
  readonly patient: PatientSnapshot;
  readonly prescriber: PrescriberSnapshot;
  readonly order: OrderSnapshot;
  readonly insurance: InsuranceSnapshot;
  /** In the order they arrived: the acceptance's, then each one added. */
  readonly labs: readonly LabResult[];
  readonly documents: readonly DocumentReference[];
}
