import type { Page } from '../../../api/page';
import type {
  BenefitWarning,
  CaseCloseReason,
  PlanType,
  ProgrammeKind,
  ScreeningOutcome,
} from '@infuse/contracts';
import { api } from '../../../api/http';

// The workers' copay-assistance routes (apps/workers/src/assistance: list-cases, view-case,
// record-financials, record-consent, record-benefits).

/** Where a case stands (CASE_STATUSES of assistance-case.ts). */
export const CASE_STATUSES = [
  'pending',
  'needs_financials',
  'awaiting_consent',
  'not_eligible',
  'enrolling',
  'enrolled',
  're_enrolment_due',
  'denied',
  'closed',
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export type ProgrammeVerdict = 'eligible' | 'needs_financials' | 'not_eligible';
export type PlanDesign = 'standard' | 'accumulator' | 'maximizer';

export interface ProgrammeRef {
  programmeId: string;
  kind: ProgrammeKind;
}

/** One row of the case list (CaseListItem of list-cases.query.ts). */
export interface CaseListItem {
  id: string;
  referralId: string;
  patientId: string;
  status: CaseStatus;
  programmeId: string | null;
  reEnrolmentDueOn: string | null;
  createdAt: string;
  updatedAt: string;
}

/** A case as the coordinator sees it (caseViewOf of case-view.ts). */
export interface CaseView {
  id: string;
  referralId: string;
  patientId: string;
  status: CaseStatus;
  /** What the case waits for, in the workers' words. */
  needs: string[];
  planType: PlanType | null;
  product: { productId: string; manufacturer: string } | null;
  household: { size: number; annualIncome: number } | null;
  benefits: { costSharePerDose: number; planDesign: PlanDesign } | null;
  consent: { recordedBy: string; consentedOn: string } | null;
  screening: {
    outcome: ScreeningOutcome;
    screenedAt: string;
    chosen: ProgrammeRef | null;
    programmes: (ProgrammeRef & {
      verdict: ProgrammeVerdict;
      reasons: { code: string; text: string; sources: string[] }[];
    })[];
  } | null;
  programme: ProgrammeRef | null;
  enrolment: {
    programme: ProgrammeRef;
    programmeMemberId: string;
    annualMaximum: number;
    endsOn: string;
    enrolledAt: string;
    usedAmount: number;
    reEnrolmentDueOn: string | null;
  } | null;
  warnings: BenefitWarning[];
  denialReason: string | null;
  closedReason: CaseCloseReason | null;
  createdAt: string;
  updatedAt: string;
}

export interface FinancialsBody {
  householdSize: number;
  /** US dollars a year. */
  annualIncome: number;
}

export interface ConsentBody {
  consentedOn: string;
}

export interface BenefitsBody {
  /** US dollars the patient owes per dose. */
  costSharePerDose: number;
  planDesign: PlanDesign;
}

const assistanceCase = (id: string) => `/v1/assistance-cases/${encodeURIComponent(id)}`;

export const assistanceApi = {
  /** Oldest first, a page at a time. */
  list: (filter: { status?: CaseStatus; cursor?: string }, signal?: AbortSignal) =>
    api<Page<CaseListItem>>('workers', '/v1/assistance-cases', {
      query: { status: filter.status, cursor: filter.cursor, limit: 25 },
      signal,
    }),
  view: (id: string, signal?: AbortSignal) =>
    api<CaseView>('workers', assistanceCase(id), { signal }),
  recordFinancials: (id: string, body: FinancialsBody) =>
    api<CaseView>('workers', `${assistanceCase(id)}/financials`, { method: 'POST', body }),
  recordConsent: (id: string, body: ConsentBody) =>
    api<CaseView>('workers', `${assistanceCase(id)}/consent`, { method: 'POST', body }),
  recordBenefits: (id: string, body: BenefitsBody) =>
    api<CaseView>('workers', `${assistanceCase(id)}/benefits`, { method: 'POST', body }),
};

export const assistanceKeys = {
  all: ['assistance-cases'] as const,
  list: (status: CaseStatus | undefined) =>
    [...assistanceKeys.all, 'list', status ?? 'any'] as const,
  one: (id: string) => [...assistanceKeys.all, 'one', id] as const,
};
