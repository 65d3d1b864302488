import type { Page } from '../../../api/page';
import type { AuthorizationKind, DocumentReference, LabResult } from '@infuse/contracts';
import { api } from '../../../api/http';

// Prior-auth's coordinator reads (apps/prior-auth/src: list-authorizations, view-authorization).

/** Where a request stands with its payer (AUTHORIZATION_STATUSES of authorization-status.ts). */
export type AuthorizationStatus =
  | 'requested'
  | 'submitted'
  | 'pended'
  | 'approved'
  | 'partially_approved'
  | 'modified'
  | 'denied'
  | 'appealed'
  | 'needs_review'
  | 'submission_failed'
  | 'cancelled'
  | 'expired';

export interface DatePeriod {
  start: string;
  end: string;
}

/** One request of a referral (AuthorizationListItem of list-authorizations.query.ts). */
export interface AuthorizationListItem {
  id: string;
  referralId: string;
  patientId: string;
  payerId: string;
  kind: AuthorizationKind;
  status: AuthorizationStatus;
  hcpcs: string | null;
  requestedUnits: number | null;
  authorizedUnits: number | null;
  authorizationNumber: string | null;
  createdAt: string;
  updatedAt: string;
}

/** One request with its history, open flags and exchanges (view-authorization.query.ts). */
export interface AuthorizationView extends Omit<
  AuthorizationListItem,
  'hcpcs' | 'requestedUnits' | 'authorizedUnits' | 'authorizationNumber'
> {
  supersedesId: string | null;
  product: {
    name: string;
    hcpcs: string;
    route: string;
    doseGramsPerKg: number;
    doseGrams: number;
  } | null;
  hcpcs: string | null;
  requestedUnits: number | null;
  requestedPeriod: DatePeriod | null;
  authorizedUnits: number | null;
  authorizationNumber: string | null;
  /** The authorized period once approved, else the period asked for. */
  period: DatePeriod | null;
  outcome: string | null;
  denialReasons: { code: string; display?: string }[];
  errors: { code?: string; message: string; location?: string }[];
  reviewReason: string | null;
  reviewActionCode: string | null;
  memberIdCorrection: string | null;
  respondBy: string | null;
  history: {
    status: AuthorizationStatus;
    reason: string | null;
    changedBy: string;
    changedByRole: string;
    changedAt: string;
  }[];
  /** Documents and labs that arrived after the last submission. */
  flags: {
    kind: 'document' | 'lab';
    item: DocumentReference | LabResult;
    addedBy: string;
    addedAt: string;
  }[];
  exchanges: {
    operation: string;
    bundleIdentifier: string | null;
    httpStatus: number | null;
    decision: string;
    occurredAt: string;
  }[];
}

// A referral's requests are few (the first, its renewals and updates): one page of the largest
// size holds them, as prior-auth's own per-referral read assumes.
const ALL_OF_A_REFERRAL = 100;

export const authorizationsApi = {
  ofReferral: (referralId: string, signal?: AbortSignal) =>
    api<Page<AuthorizationListItem>>('prior-auth', '/v1/authorizations', {
      query: { referralId, limit: ALL_OF_A_REFERRAL },
      signal,
    }),
  view: (id: string, signal?: AbortSignal) =>
    api<AuthorizationView>('prior-auth', `/v1/authorizations/${encodeURIComponent(id)}`, {
      signal,
    }),
};

export const authorizationKeys = {
  all: ['authorizations'] as const,
  ofReferral: (referralId: string) => [...authorizationKeys.all, 'referral', referralId] as const,
  one: (id: string) => [...authorizationKeys.all, 'one', id] as const,
};
