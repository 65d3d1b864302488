import type { Page } from '../../../api/page';
import type {
  DocumentContentType,
  DocumentReference,
  DocumentType,
  InsuranceSnapshot,
  LabResult,
  OrderSnapshot,
  PatientSnapshot,
  PrescriberSnapshot,
} from '@infuse/contracts';
import { api } from '../../../api/http';

// The referrals service's intake routes (apps/referrals/src: list-referrals, submit-referral,
// view-referral, add-document, add-lab, journey/view-journey), coordinators' and admins' only.

/** Where a referral stands at intake (REFERRAL_STATUSES of referral.aggregate.ts). */
export const REFERRAL_STATUSES = [
  'pending_documents',
  'accepted',
  'rejected',
  'cancelled',
] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

/** Who pays, as the work queue lists it. */
export type WorkQueueInsurance = Pick<InsuranceSnapshot, 'planType'> & {
  payerId: string | null;
  payerName: string | null;
};

/** One row of the work queue (WorkQueueItem of list-referrals.query.ts). */
export interface WorkQueueItem {
  id: string;
  patientId: string;
  patient: { firstName: string; lastName: string; mrn: string | null; dateOfBirth: string };
  status: ReferralStatus;
  therapy: string;
  diagnosisCode: string;
  insurance: WorkQueueInsurance;
  /** Codes of what intake still needs, e.g. `document:prescription`, `lab:BUN:stale`. */
  missing: string[];
  offLabel: boolean;
  createdAt: string;
}

/** What every intake change answers with (referral-summary.ts). */
export interface ReferralSummary {
  id: string;
  patientId: string;
  status: ReferralStatus;
  missing: string[];
  offLabel: boolean;
  createdAt: string;
}

export interface StatusChange {
  status: ReferralStatus;
  missing: string[];
  reason: string | null;
  changedBy: string;
  changedAt: string;
}

/** One referral with its particulars, labs, document references and history (view-referral). */
export interface ReferralView extends ReferralSummary {
  patient: PatientSnapshot;
  prescriber: PrescriberSnapshot;
  order: OrderSnapshot & { newStart: boolean };
  insurance: InsuranceSnapshot;
  labs: LabResult[];
  documents: DocumentReference[];
  history: StatusChange[];
  submittedBy: string;
  updatedAt: string;
}

/** A document as intake takes it: its contents in base64 (intake-fields.ts documentSchema). */
export interface DocumentBody {
  type: DocumentType;
  title: string;
  contentType: DocumentContentType;
  contentBase64: string;
}

/** The body of `POST /v1/referrals` (referral-submission.schema.ts). */
export interface SubmissionBody {
  patient: PatientSnapshot;
  prescriber: PrescriberSnapshot;
  order: OrderSnapshot;
  insurance: InsuranceSnapshot;
  labs: LabResult[];
  documents: DocumentBody[];
}

/** Who a referral waits on (Party of journey-stage.ts). */
export type Party =
  'coordinator' | 'prior-auth' | 'payer' | 'pharmacist' | 'pharmacy' | 'carrier' | 'nurse';

export type JourneyStage =
  | 'intake'
  | 'authorization'
  | 'assistance'
  | 'verification'
  | 'release'
  | 'shipment'
  | 'visit'
  | 'cycle'
  | 'closed';

export type CycleStep = 'next-order' | 'verification' | 'release' | 'shipment' | 'visit';

/** The few facts of an event the journey keeps (JourneyFacts of journey-entry.ts). */
export interface JourneyFacts {
  cycle?: number;
  infusionDay?: number;
  lastDayOfCycle?: boolean;
  dispenseId?: string;
  visitId?: string;
  authorizationId?: string;
  authorizationNumber?: string;
  payerId?: string;
  kind?: string;
  outcome?: string;
  reason?: string;
  missing?: string[];
  respondBy?: string;
  administrationDates?: string[];
  visitDate?: string;
  nextDoseDate?: string;
  nurseId?: string;
  givenOn?: string;
}

export interface TimelineItem {
  at: string;
  /** `<aggregate>.<verb>`, e.g. `authorization.approved`. */
  event: string;
  /** The event type's one-line description. */
  what: string;
  service: string;
  actor: { subject: string; role: string } | null;
  details: JourneyFacts;
}

/** A referral's journey (JourneyView of view-journey.query.ts). */
export interface JourneyView {
  referralId: string;
  stage: JourneyStage;
  cycle: number;
  step?: CycleStep;
  waiting: { on: Party; for: string } | null;
  since: string;
  daysInStage: number;
  receivedAt: string | null;
  firstDoseAt: string | null;
  timeToTherapyDays: number | null;
  dosesGiven: number;
  timeline: TimelineItem[];
}

export interface WorkQueueFilter {
  status?: ReferralStatus;
  /** Part of the patient's name, or their MRN. */
  q?: string;
  /** The payer's id, or `uninsured`. */
  payer?: string;
  cursor?: string;
}

const referral = (id: string) => `/v1/referrals/${encodeURIComponent(id)}`;

export const referralsApi = {
  list: (filter: WorkQueueFilter, signal?: AbortSignal) =>
    api<Page<WorkQueueItem>>('referrals', '/v1/referrals', {
      query: {
        status: filter.status,
        q: filter.q,
        payer: filter.payer,
        cursor: filter.cursor,
        limit: 25,
      },
      signal,
    }),
  view: (id: string, signal?: AbortSignal) =>
    api<ReferralView>('referrals', referral(id), { signal }),
  journey: (id: string, signal?: AbortSignal) =>
    api<JourneyView>('referrals', `${referral(id)}/journey`, { signal }),
  /** The key makes a retried submission the same submission (the route is idempotent). */
  submit: (body: SubmissionBody, idempotencyKey: string) =>
    api<ReferralSummary>('referrals', '/v1/referrals', {
      method: 'POST',
      body,
      headers: { 'idempotency-key': idempotencyKey },
    }),
  addDocument: (id: string, body: DocumentBody) =>
    api<ReferralSummary & { documentId: string }>('referrals', `${referral(id)}/documents`, {
      method: 'POST',
      body,
    }),
  addLab: (id: string, body: LabResult) =>
    api<ReferralSummary>('referrals', `${referral(id)}/labs`, { method: 'POST', body }),
};

export const referralKeys = {
  all: ['referrals'] as const,
  list: (filter: Omit<WorkQueueFilter, 'cursor'>) =>
    [
      ...referralKeys.all,
      'list',
      filter.status ?? 'any',
      filter.q ?? '',
      filter.payer ?? 'any',
    ] as const,
  one: (id: string) => [...referralKeys.all, 'one', id] as const,
  journey: (id: string) => [...referralKeys.all, 'journey', id] as const,
};
