import { type AuthorizationKind } from '@infuse/contracts';
import { type PasError } from '@infuse/pas';
import {
  type AuthorizationStatus,
  awaitsPayerDecision,
  canMove,
  isApproved,
} from './authorization-status';
import { AuthorizationError } from './authorization.errors';
import { type Approval, type DenialReason, type PayerDecision } from './payer-decision';
import { type RequestedTherapy } from './requested-therapy';

const APPROVED_STATUS_OF = {
  certified: 'approved',
  partial: 'partially_approved',
  modified: 'modified',
} as const satisfies Record<Approval['outcome'], AuthorizationStatus>;

/** The payer's approval, as it stands on the request. */
export interface RecordedApproval extends Approval {
  decidedAt: Date;
}

/** An authorization request as stored. */
export interface AuthorizationState {
  id: string;
  referralId: string;
  patientId: string;
  payerId: string;
  kind: AuthorizationKind;
  status: AuthorizationStatus;
  /** Absent when it could not be planned (an unknown product): a coordinator resolves it. */
  therapy: RequestedTherapy | null;
  /** A coordinator's correction of the member id the referral gave. */
  memberId: string | null;
  approval: RecordedApproval | null;
  denialReasons: DenialReason[];
  errors: PasError[];
  reviewReason: string | null;
  reviewActionCode: string | null;
  respondBy: Date | null;
  /** The submission under way or last made; its answer is the one that counts. */
  currentSubmissionId: string | null;
  /** Something reached the payer once, so a cancellation must be sent to it. */
  sentToPayer: boolean;
  expiringNoticedAt: Date | null;
  expiredAt: Date | null;
  /** The authorization this one renews or updates. */
  supersedesId: string | null;
  createdAt: Date;
}

/** What happened to a request: each becomes its event and, for a status change, a history row. */
export type AuthorizationChange =
  | { kind: 'requested' }
  | { kind: 'resubmitted' }
  | { kind: 'submitted' }
  | { kind: 'approved' }
  | { kind: 'pended' }
  | { kind: 'denied' }
  | { kind: 'needs-review'; reason: string; reviewActionCode: string | null }
  | { kind: 'submission-failed' }
  | { kind: 'appealed'; reason: string }
  | { kind: 'cancelled'; reason: string | undefined }
  | { kind: 'expiring' }
  | { kind: 'expired' };

/** A status change for the history: the status entered, and why when there is a reason to give. */
export interface StatusChange {
  status: AuthorizationStatus;
  reason: string | null;
}

/** How a new request starts: planned, or not, with the reason a coordinator reads. */
export interface OpenedRequest {
  id: string;
  referralId: string;
  patientId: string;
  payerId: string;
  kind: AuthorizationKind;
  supersedesId: string | null;
  plan: { ok: true; therapy: RequestedTherapy } | { ok: false; problem: string };
  /** Why it cannot go to the payer even though it is planned (an unknown payer). */
  blocked?: string;
  memberId?: string | null;
  createdAt: Date;
}

/**
 * One authorization request to one payer and its lifecycle: it guards every transition and
 * keeps what happened in this unit of work, for the save, the history and the events.
 */
export class Authorization {
  private readonly recorded: AuthorizationChange[] = [];
  private readonly statusChanges: StatusChange[] = [];

  private constructor(private readonly state: AuthorizationState) {}

  static open(opened: OpenedRequest): Authorization {
    const authorization = new Authorization({
      id: opened.id,
      referralId: opened.referralId,
      patientId: opened.patientId,
      payerId: opened.payerId,
      kind: opened.kind,
      status: 'requested',
      therapy: opened.plan.ok ? opened.plan.therapy : null,
      memberId: opened.memberId ?? null,
      approval: null,
      denialReasons: [],
      errors: [],
      reviewReason: null,
      reviewActionCode: null,
      respondBy: null,
      currentSubmissionId: null,
      sentToPayer: false,
      expiringNoticedAt: null,
      expiredAt: null,
      supersedesId: opened.supersedesId,
      createdAt: opened.createdAt,
    });
    authorization.statusChanges.push({ status: 'requested', reason: null });
    // The requested event carries the product and units: a request that could not be planned
    // has none to announce, and goes straight to a coordinator.
    if (opened.plan.ok) authorization.recorded.push({ kind: 'requested' });
    const problem = opened.plan.ok ? opened.blocked : opened.plan.problem;
    if (problem) authorization.needsReview(problem, null);
    return authorization;
  }

  static restore(state: AuthorizationState): Authorization {
    return new Authorization(state);
  }

  get id(): string {
    return this.state.id;
  }
  get referralId(): string {
    return this.state.referralId;
  }
  get patientId(): string {
    return this.state.patientId;
  }
  get payerId(): string {
    return this.state.payerId;
  }
  get kind(): AuthorizationKind {
    return this.state.kind;
  }
  get status(): AuthorizationStatus {
    return this.state.status;
  }
  get therapy(): RequestedTherapy | null {
    return this.state.therapy;
  }
  get approval(): RecordedApproval | null {
    return this.state.approval;
  }
  get currentSubmissionId(): string | null {
    return this.state.currentSubmissionId;
  }
  get sentToPayer(): boolean {
    return this.state.sentToPayer;
  }
  /** The state to store. */
  get snapshot(): Readonly<AuthorizationState> {
    return this.state;
  }
  get changes(): readonly AuthorizationChange[] {
    return this.recorded;
  }
  /** Status changes not yet stored. */
  get history(): readonly StatusChange[] {
    return this.statusChanges;
  }

  /** Hands the status changes to the store, once: a later save writes only newer ones. */
  drainHistory(): StatusChange[] {
    return this.statusChanges.splice(0);
  }

  /** The therapy to send; a request without one cannot go to the payer. */
  requireTherapy(): RequestedTherapy {
    if (!this.state.therapy)
      throw new AuthorizationError(
        'AUTHORIZATION.NOT_READY',
        `Request ${this.id} has no product to ask for; update it with a product first.`,
      );
    return this.state.therapy;
  }

  /**
   * A submission to the payer begins: the first, or a resubmission with new information or a
   * corrected member id. Its answer alone will count.
   */
  beginSubmission(
    submissionId: string,
    correction: { memberId?: string; therapy?: RequestedTherapy } = {},
  ): void {
    if (correction.therapy) this.state.therapy = correction.therapy;
    this.requireTherapy();
    const first = this.state.status === 'requested' && this.state.currentSubmissionId === null;
    if (!first) {
      this.moveTo('requested', 'resubmitted');
      this.recorded.push({ kind: 'resubmitted' });
    }
    if (correction.memberId) this.state.memberId = correction.memberId;
    this.state.currentSubmissionId = submissionId;
    this.state.errors = [];
    this.state.reviewReason = null;
    this.state.reviewActionCode = null;
  }

  /** The bundle of the current submission is on its way to the payer. */
  markSent(): void {
    this.state.sentToPayer = true;
  }

  /** The payer answered the current submission, or later (a notification, an inquiry). */
  applyDecision(decision: PayerDecision, at: Date, respondBy: Date): void {
    if (decision.kind === 'failed') {
      this.failSubmission(decision.errors);
      return;
    }
    if (this.state.status === 'requested') {
      this.moveTo('submitted', null);
      this.recorded.push({ kind: 'submitted' });
    } else if (!awaitsPayerDecision(this.state.status) && this.state.status !== 'submitted') {
      throw this.illegal(`apply a payer decision to`);
    }
    switch (decision.kind) {
      case 'approved': {
        const { outcome, authorizationNumber, periodStart, periodEnd, authorizedUnits } = decision;
        this.state.approval = {
          outcome,
          authorizationNumber,
          periodStart,
          periodEnd,
          authorizedUnits,
          decidedAt: at,
        };
        this.moveTo(APPROVED_STATUS_OF[outcome], null);
        this.recorded.push({ kind: 'approved' });
        return;
      }
      case 'denied':
        this.state.denialReasons = decision.reasons;
        this.moveTo('denied', decision.reasons.map((reason) => reason.code).join(', ') || null);
        this.recorded.push({ kind: 'denied' });
        return;
      case 'pended':
        // Still pended: the answer says nothing new, so nothing changes and nothing is announced.
        if (this.state.status === 'pended') return;
        this.state.respondBy = respondBy;
        this.moveTo('pended', null);
        this.recorded.push({ kind: 'pended' });
        return;
      case 'needs-review':
        this.needsReview(decision.reason, decision.reviewActionCode);
        return;
    }
  }

  /** The payer refused the bundle, or never answered: a coordinator fixes it and resubmits. */
  failSubmission(errors: PasError[]): void {
    this.state.errors = errors;
    this.moveTo('submission_failed', errors.map((error) => error.message).join('; '));
    this.recorded.push({ kind: 'submission-failed' });
  }

  /** Something only a person can resolve; the reason says what. */
  needsReview(reason: string, reviewActionCode: string | null): void {
    // The same reason again (a repeated notification) is nothing new.
    if (this.state.status === 'needs_review' && this.state.reviewReason === reason) return;
    this.state.reviewReason = reason;
    this.state.reviewActionCode = reviewActionCode;
    this.moveTo('needs_review', reason);
    this.recorded.push({ kind: 'needs-review', reason, reviewActionCode });
  }

  appeal(reason: string): void {
    this.moveTo('appealed', reason);
    this.recorded.push({ kind: 'appealed', reason });
  }

  cancel(reason: string | undefined): void {
    this.moveTo('cancelled', reason ?? null);
    this.state.currentSubmissionId = null;
    this.recorded.push({ kind: 'cancelled', reason });
  }

  /** Announced once, when the approved period is about to end. */
  noticeExpiring(at: Date): void {
    if (!isApproved(this.state.status) || this.state.expiringNoticedAt) return;
    this.state.expiringNoticedAt = at;
    this.recorded.push({ kind: 'expiring' });
  }

  /** The approved period has ended. */
  expire(at: Date): void {
    if (!isApproved(this.state.status)) return;
    this.state.expiredAt = at;
    this.moveTo('expired', null);
    this.recorded.push({ kind: 'expired' });
  }

  private moveTo(status: AuthorizationStatus, reason: string | null): void {
    if (!canMove(this.state.status, status)) throw this.illegal(`move to ${status}`);
    this.state.status = status;
    this.statusChanges.push({ status, reason });
  }

  private illegal(what: string): AuthorizationError {
    return new AuthorizationError(
      'AUTHORIZATION.ILLEGAL_TRANSITION',
      `Request ${this.id} is ${this.state.status}; it cannot ${what}.`,
      { requestStatus: this.state.status },
    );
  }
}
