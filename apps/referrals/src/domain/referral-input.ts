import {
  type DocumentContentType,
  type DocumentType,
  type InsuranceSnapshot,
  type LabResult,
  type OrderSnapshot,
  type PatientSnapshot,
  type PrescriberSnapshot,
} from '@infuse/contracts';

/** The order as intake works with it: whether the patient is new to immunoglobulin is known. */
export type OrderInput = OrderSnapshot & { newStart: boolean };

/** A lab result as submitted. */
export type LabInput = LabResult;

/** A document as submitted, its contents decoded. */
export interface DocumentInput {
  type: DocumentType;
  title: string;
  contentType: DocumentContentType;
  content: Uint8Array;
}

/** What a referral says about the patient and the therapy, kept with the referral as sent. */
export interface ReferralParticulars {
  patient: PatientSnapshot;
  prescriber: PrescriberSnapshot;
  order: OrderInput;
  insurance: InsuranceSnapshot;
}

/** A prescriber's referral as intake receives it, after validation. */
export interface ReferralInput extends ReferralParticulars {
  labs: LabInput[];
  documents: DocumentInput[];
}
