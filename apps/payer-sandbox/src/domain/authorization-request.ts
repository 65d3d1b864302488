import type { Bundle } from 'fhir/r4';
import {
  type BusinessIdentifier,
  type DatePeriod,
  type ReasonCode,
  type RequestStatus,
} from '@infuse/pas';
import { type RequestSummary } from './request-summary';

/** What the audit log calls what is done to an authorization request. */
export const REQUEST_ACTIONS = {
  submit: 'authorization-request.submit',
  update: 'authorization-request.update',
  cancel: 'authorization-request.cancel',
  resubmit: 'authorization-request.resubmit',
  inquire: 'authorization-request.inquire',
  list: 'authorization-request.list',
  read: 'authorization-request.read',
  decide: 'authorization-request.decide',
  notify: 'authorization-request.notify',
} as const;

export const REQUEST_RESOURCE = 'authorization-request';

/** What a reviewer decides on a pended request. */
export const REVIEW_DECISIONS = ['approve', 'partial', 'deny', 'pend'] as const;
export type ReviewDecisionKind = (typeof REVIEW_DECISIONS)[number];

export interface ReviewDecision {
  readonly decision: ReviewDecisionKind;
  readonly units?: number;
  readonly period?: DatePeriod;
  readonly reasonCode?: ReasonCode;
  readonly note?: string;
}

/** A reviewer's decision as kept with the request. */
export interface RecordedDecision extends ReviewDecision {
  readonly decidedBy: string;
  readonly decidedAt: string;
}

/** What the payer's rule said when the request arrived (or was last updated). */
export interface RecordedDetermination {
  readonly outcome: 'certify' | 'pend' | 'deny';
  readonly reasons: readonly string[];
}

/** A request as the sandbox keeps it: what was sent, its current answer, where it stands. */
export interface AuthorizationRequest {
  readonly id: string;
  readonly payerId: string;
  /** The provider system that sent it: its token's `sub`. */
  readonly providerSubject: string;
  readonly claimIdentifier: BusinessIdentifier;
  readonly referenceNumber: string;
  /** The member id: the patient as this payer knows them (audit rows name it). */
  readonly memberId: string;
  readonly status: RequestStatus;
  readonly determination: RecordedDetermination;
  readonly summary: RequestSummary;
  /** The latest request Bundle, as sent. */
  readonly requestBundle: Readonly<Record<string, unknown>>;
  /** The current answer: what a repeated $submit, $inquire and a notification carry. */
  readonly responseBundle: Bundle;
  readonly receivedAt: Date;
  readonly updatedAt: Date;
  readonly reviewDueAt: Date | null;
  readonly decision: RecordedDecision | null;
}

/** The payer's number for a request: its prefix and the request's place in the sequence. */
export function referenceNumberOf(prefix: string, sequence: number | string): string {
  return `${prefix}${String(sequence).padStart(8, '0')}`;
}
