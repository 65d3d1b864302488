import { Injectable } from '@nestjs/common';
import { type PasError } from '@infuse/pas';
import { type EntityManager } from 'typeorm';
import { type SummaryColumns, summaryOfRow } from '../authorization-summary';
import {
  Authorization,
  type AuthorizationState,
  type RecordedApproval,
} from '../domain/authorization.aggregate';
import { type DenialReason } from '../domain/payer-decision';
import { type RequestedTherapy } from '../domain/requested-therapy';

/** Who changed a request, and when: written beside every status change. */
export interface ChangeStamp {
  by: string;
  role: string;
  at: Date;
}

interface AuthorizationRow extends SummaryColumns {
  therapy: RequestedTherapy | null;
  member_id: string | null;
  approval: (Omit<RecordedApproval, 'decidedAt'> & { decidedAt: string }) | null;
  denial_reasons: DenialReason[];
  errors: PasError[];
  review_reason: string | null;
  review_action_code: string | null;
  respond_by: Date | null;
  current_submission_id: string | null;
  sent_to_payer: boolean;
  expiring_noticed_at: Date | null;
  expired_at: Date | null;
  supersedes_id: string | null;
  created_at: Date;
}

const COLUMNS = `id, referral_id, patient_id, payer_id, kind, status, therapy, member_id, approval,
  denial_reasons, errors, review_reason, review_action_code, respond_by, current_submission_id,
  sent_to_payer, expiring_noticed_at, expired_at, supersedes_id, created_at`;

/** Reads and writes authorization requests whole: the row and its status history. */
@Injectable()
export class AuthorizationRepository {
  /**
   * Stores a new request; false when one like it exists already (the referral's initial
   * request, or the renewal of this authorization), and nothing is written.
   */
  async addIfAbsent(
    manager: EntityManager,
    authorization: Authorization,
    stamp: ChangeStamp,
  ): Promise<boolean> {
    const state = authorization.snapshot;
    const inserted = await manager.query<unknown[]>(
      `INSERT INTO authorization_request (${COLUMNS}, approved_until, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $20)
       ON CONFLICT DO NOTHING
       RETURNING id`,
      valuesOf(state),
    );
    if (inserted.length === 0) return false;
    await this.addHistory(manager, authorization, stamp);
    return true;
  }

  /**
   * Whether an update of this authorization asks for this brand already and is still alive, so a
   * second pharmacist's choice of the same brand does not open another.
   */
  async hasLiveUpdateFor(
    manager: EntityManager,
    authorizationId: string,
    productBrand: string,
  ): Promise<boolean> {
    const rows = await manager.query<unknown[]>(
      `SELECT 1 FROM authorization_request
        WHERE supersedes_id = $1 AND kind = 'update' AND therapy->>'productName' = $2
          AND status NOT IN ('cancelled', 'denied', 'expired')
        LIMIT 1`,
      [authorizationId, productBrand],
    );
    return rows.length > 0;
  }

  /** Stores what changed in a loaded request: its state and its new history. */
  async save(
    manager: EntityManager,
    authorization: Authorization,
    stamp: ChangeStamp,
  ): Promise<void> {
    const state = authorization.snapshot;
    await manager.query(
      `UPDATE authorization_request
          SET status = $2, therapy = $3, member_id = $4, approval = $5, denial_reasons = $6, errors = $7,
              review_reason = $8, review_action_code = $9, respond_by = $10, current_submission_id = $11,
              sent_to_payer = $12, expiring_noticed_at = $13, expired_at = $14, approved_until = $15,
              updated_at = $16
        WHERE id = $1`,
      [state.id, ...changingValuesOf(state), approvedUntilOf(state), stamp.at],
    );
    await this.addHistory(manager, authorization, stamp);
  }

  /** Loads and row-locks a request, so changes to one request take turns. */
  lockForChange(manager: EntityManager, id: string): Promise<Authorization | undefined> {
    return this.load(manager, `id = $1 FOR UPDATE`, [id]).then(([first]) => first);
  }

  find(manager: EntityManager, id: string): Promise<Authorization | undefined> {
    return this.load(manager, `id = $1`, [id]).then(([first]) => first);
  }

  /** Every request of a referral, locked for a change, oldest first. */
  lockOfReferral(manager: EntityManager, referralId: string): Promise<Authorization[]> {
    return this.load(manager, `referral_id = $1 ORDER BY created_at, id FOR UPDATE`, [referralId]);
  }

  private async load(
    manager: EntityManager,
    where: string,
    values: unknown[],
  ): Promise<Authorization[]> {
    const rows = await manager.query<AuthorizationRow[]>(
      `SELECT ${COLUMNS} FROM authorization_request WHERE ${where}`,
      values,
    );
    return rows.map((row) => Authorization.restore(stateOf(row)));
  }

  private async addHistory(
    manager: EntityManager,
    authorization: Authorization,
    stamp: ChangeStamp,
  ): Promise<void> {
    const history = authorization.drainHistory();
    if (history.length === 0) return;
    await manager.query(
      `INSERT INTO authorization_status_change (authorization_id, status, reason, changed_by, changed_by_role, changed_at)
       SELECT $1, h.change->>'status', h.change->>'reason', $2, $3, $4
         FROM jsonb_array_elements($5::jsonb) WITH ORDINALITY AS h(change, n)
        ORDER BY h.n`,
      [authorization.id, stamp.by, stamp.role, stamp.at, JSON.stringify(history)],
    );
  }
}

// The values of COLUMNS, then approved_until.
function valuesOf(state: Readonly<AuthorizationState>): unknown[] {
  return [
    state.id,
    state.referralId,
    state.patientId,
    state.payerId,
    state.kind,
    ...changingValuesOf(state),
    state.supersedesId,
    state.createdAt,
    approvedUntilOf(state),
  ];
}

// The values of the columns a change may set, status to expired_at, in the order of COLUMNS.
function changingValuesOf(state: Readonly<AuthorizationState>): unknown[] {
  return [
    state.status,
    state.therapy === null ? null : JSON.stringify(state.therapy),
    state.memberId,
    state.approval === null ? null : JSON.stringify(state.approval),
    JSON.stringify(state.denialReasons),
    JSON.stringify(state.errors),
    state.reviewReason,
    state.reviewActionCode,
    state.respondBy,
    state.currentSubmissionId,
    state.sentToPayer,
    state.expiringNoticedAt,
    state.expiredAt,
  ];
}

function approvedUntilOf(state: Readonly<AuthorizationState>): string | null {
  return state.approval?.periodEnd ?? null;
}

function stateOf(row: AuthorizationRow): AuthorizationState {
  return {
    ...summaryOfRow(row),
    therapy: row.therapy,
    memberId: row.member_id,
    approval: row.approval
      ? { ...row.approval, decidedAt: new Date(row.approval.decidedAt) }
      : null,
    denialReasons: row.denial_reasons,
    errors: row.errors,
    reviewReason: row.review_reason,
    reviewActionCode: row.review_action_code,
    respondBy: row.respond_by,
    currentSubmissionId: row.current_submission_id,
    sentToPayer: row.sent_to_payer,
    expiringNoticedAt: row.expiring_noticed_at,
    expiredAt: row.expired_at,
    supersedesId: row.supersedes_id,
    createdAt: row.created_at,
  };
}
