import type { Page } from '../../api/page';
import { api } from '../../api/http';

// The payer sandbox's reviewer routes (apps/payer-sandbox/src: list-requests, view-request,
// decide-request). A payer's token carries its payerId: the sandbox lists and shows that payer's
// requests only, and another payer's request answers 404.

/** Where a request stands with the payer (REQUEST_STATUSES of @infuse/pas). */
export const REQUEST_STATUSES = [
  'pended',
  'approved',
  'partial',
  'modified',
  'denied',
  'cancelled',
] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

/** What a reviewer may decide on a pended request (REVIEW_DECISIONS of the sandbox). */
export const REVIEW_DECISIONS = ['approve', 'partial', 'deny', 'pend'] as const;
export type ReviewDecisionKind = (typeof REVIEW_DECISIONS)[number];

/** A calendar period, both ends YYYY-MM-DD and inclusive. */
export interface DatePeriod {
  start: string;
  end: string;
}

/** One row of the inbox (InboxItem of list-requests.query.ts). */
export interface InboxItem {
  id: string;
  /** The member id: the patient as this payer knows them. */
  patientId: string;
  payerId: string;
  status: RequestStatus;
  referenceNumber: string;
  patient: { name: string | null; birthDate: string | null };
  /** The principal ICD-10-CM code. */
  diagnosis: string | null;
  productCode: string | null;
  provider: string | null;
  receivedAt: string;
  reviewDueAt: string | null;
}

/** A reviewer's decision as the sandbox keeps it. */
export interface RecordedDecision {
  decision: ReviewDecisionKind;
  units?: number;
  period?: DatePeriod;
  reasonCode?: { code: string; display?: string };
  note?: string;
  decidedBy: string;
  decidedAt: string;
}

/** A request with its clinical content, summarised from the PAS Bundle (request-view.ts). */
export interface RequestView {
  id: string;
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
  diagnoses: { code: string; display?: string }[];
  product: { codes: string[]; medications: string[] };
  requestedItems: {
    sequence: number;
    code: string | null;
    display: string | null;
    units: number | null;
    period: DatePeriod | null;
    cancelled: boolean;
  }[];
  labs: { code?: string; display?: string; value?: number; unit?: string; date?: string }[];
  documents: { title?: string; type?: string; contentType?: string }[];
  /** What the payer's rule said when the request arrived. */
  determination: { outcome: 'certify' | 'pend' | 'deny'; reasons: string[] };
  decision: RecordedDecision | null;
}

/** The body of `POST /v1/requests/:id/decision` (decision.schema.ts). */
export interface DecisionBody {
  decision: ReviewDecisionKind;
  units?: number;
  period?: DatePeriod;
  /** An X12 886 review decision reason code: 1-3 capitals or digits. */
  reasonCode?: string;
  note?: string;
}

export interface DecisionResult {
  id: string;
  patientId: string;
  status: RequestStatus;
  authorizationNumber: string | null;
  decision: RecordedDecision;
  notifiedSubscriptions: number;
}

export const requestsApi = {
  list: (filter: { status?: RequestStatus; cursor?: string }, signal?: AbortSignal) =>
    api<Page<InboxItem>>('payer-sandbox', '/v1/requests', {
      query: { status: filter.status, cursor: filter.cursor, limit: 25 },
      signal,
    }),
  view: (id: string, signal?: AbortSignal) =>
    api<RequestView>('payer-sandbox', `/v1/requests/${encodeURIComponent(id)}`, { signal }),
  decide: (id: string, body: DecisionBody) =>
    api<DecisionResult>('payer-sandbox', `/v1/requests/${encodeURIComponent(id)}/decision`, {
      method: 'POST',
      body,
    }),
};

export const requestKeys = {
  all: ['payer-requests'] as const,
  list: (status: RequestStatus | undefined) =>
    [...requestKeys.all, 'list', status ?? 'any'] as const,
  one: (id: string) => [...requestKeys.all, 'one', id] as const,
};
