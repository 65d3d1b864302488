import {
  type DatePeriod,
  type DiagnosisFact,
  type DocumentFact,
  type LabFact,
  type PasRequestFacts,
  type RequestStatus,
} from '@infuse/pas';
import {
  type AuthorizationRequest,
  type RecordedDecision,
  type RecordedDetermination,
} from '../domain/authorization-request';

/** A request as a payer's reviewer reads it: the clinical content of the Bundle, summarized. */
export interface RequestView {
  id: string;
  /** The member id: the patient as this payer knows them. */
  patientId: string;
  payerId: string;
  status: RequestStatus;
  referenceNumber: string;
  claimIdentifier: { system: string; value: string };
  receivedAt: string;
  updatedAt: string;
  reviewDueAt: string | null;
  provider: { name: string | null; npi: string | null };
  patient: {
    name: string | null;
    birthDate: string | null;
    gender: string | null;
    memberId: string;
  };
  diagnoses: DiagnosisFact[];
  product: {
    /** The items' product codes (HCPCS for the drug). */
    codes: string[];
    /** The MedicationRequests' medication text. */
    medications: string[];
  };
  /** The Claim's items (not `items`: the audit log reads a body's `items` as a list of records). */
  requestedItems: {
    sequence: number;
    code: string | null;
    display: string | null;
    units: number | null;
    period: DatePeriod | null;
    cancelled: boolean;
  }[];
  labs: LabFact[];
  documents: DocumentFact[];
  /** What the payer's rule said when the request arrived. */
  determination: RecordedDetermination;
  decision: RecordedDecision | null;
}

export function requestViewOf(request: AuthorizationRequest, facts: PasRequestFacts): RequestView {
  return {
    id: request.id,
    patientId: request.memberId,
    payerId: request.payerId,
    status: request.status,
    referenceNumber: request.referenceNumber,
    claimIdentifier: { ...request.claimIdentifier },
    receivedAt: request.receivedAt.toISOString(),
    updatedAt: request.updatedAt.toISOString(),
    reviewDueAt: request.reviewDueAt?.toISOString() ?? null,
    provider: { name: facts.provider.name ?? null, npi: facts.provider.npi ?? null },
    patient: {
      name: facts.patient.name ?? null,
      birthDate: facts.patient.birthDate ?? null,
      gender: facts.patient.gender ?? null,
      memberId: request.memberId,
    },
    diagnoses: [...facts.diagnoses],
    product: {
      codes: [...new Set(facts.items.flatMap((item) => item.productOrService.code ?? []))],
      medications: facts.medications.flatMap((medication) => medication.text ?? []),
    },
    requestedItems: facts.items.map((item) => ({
      sequence: item.sequence,
      code: item.productOrService.code ?? null,
      display: item.productOrService.display ?? item.productOrService.text ?? null,
      units: item.quantity ?? null,
      period: item.period ?? null,
      cancelled: item.cancelled,
    })),
    labs: [...facts.labs],
    documents: [...facts.documents],
    determination: request.determination,
    decision: request.decision,
  };
}
