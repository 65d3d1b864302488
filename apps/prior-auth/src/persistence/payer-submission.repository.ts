import { Injectable } from '@nestjs/common';
import { type PasPriorClaim } from '@infuse/pas';
import { type EntityManager } from 'typeorm';

/** The Claim a submission sent, as an update or a cancellation restates it. */
export interface SentClaim {
  submissionId: string;
  claimIdentifier: PasPriorClaim['claimIdentifier'];
  createdAt: string;
  certification: PasPriorClaim['certification'];
  item: PasPriorClaim['item'];
  /** When the Claim was itself an update: the identifier of the Claim it updated. */
  updatedClaimIdentifier?: PasPriorClaim['claimIdentifier'];
}

export type SubmissionPurpose = 'submit' | 'cancel' | 'inquire';
export type SubmissionState = 'gathering' | 'sent' | 'answered' | 'abandoned';

/** One bundle for a request: being prepared, sent, answered, or abandoned. */
export interface PayerSubmission {
  id: string;
  authorizationId: string;
  purpose: SubmissionPurpose;
  certification: string;
  bundleIdentifier: string;
  state: SubmissionState;
  createdAt: Date;
}

interface SubmissionRow {
  id: string;
  authorization_id: string;
  purpose: SubmissionPurpose;
  certification: string;
  bundle_identifier: string;
  state: SubmissionState;
  created_at: Date;
}

const SUBMISSION_COLUMNS = `id, authorization_id, purpose, certification, bundle_identifier, state, created_at`;

/** The bundles sent to payers, each from the moment it is being prepared. */
@Injectable()
export class PayerSubmissionRepository {
  async add(manager: EntityManager, submission: PayerSubmission): Promise<void> {
    await manager.query(
      `INSERT INTO payer_submission (id, authorization_id, purpose, certification, bundle_identifier, state, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [
        submission.id,
        submission.authorizationId,
        submission.purpose,
        submission.certification,
        submission.bundleIdentifier,
        submission.state,
        submission.createdAt,
      ],
    );
  }

  /** Loads and row-locks a submission, so the answers about it take turns. */
  async lock(manager: EntityManager, id: string): Promise<PayerSubmission | undefined> {
    const [row] = await manager.query<SubmissionRow[]>(
      `SELECT ${SUBMISSION_COLUMNS} FROM payer_submission WHERE id = $1 FOR UPDATE`,
      [id],
    );
    return row ? submissionOf(row) : undefined;
  }

  /**
   * The bundle is on its way: a request bundle becomes the request's last bundle sent, and the
   * earlier one is dropped in the same statement.
   */
  async markSent(
    manager: EntityManager,
    submission: PayerSubmission,
    sent: { bundle: unknown; claim: SentClaim | null },
    at: Date,
  ): Promise<void> {
    // An inquiry's bundle is not kept: the last request bundle stays the one a coordinator reads.
    await manager.query(
      `WITH earlier AS (
         UPDATE payer_submission SET bundle = NULL
          WHERE authorization_id = $5 AND id <> $1 AND bundle IS NOT NULL AND $2::jsonb IS NOT NULL)
       UPDATE payer_submission SET state = 'sent', bundle = $2, sent_claim = $3, sent_at = $4
        WHERE id = $1`,
      [
        submission.id,
        sent.bundle === null ? null : JSON.stringify(sent.bundle),
        sent.claim === null ? null : JSON.stringify(sent.claim),
        at,
        submission.authorizationId,
      ],
    );
  }

  /** Marks a submission the payer has answered, locking it; undefined when there is none. */
  async markAnswered(
    manager: EntityManager,
    submissionId: string,
  ): Promise<PayerSubmission | undefined> {
    // TypeORM answers an UPDATE with [rows, count].
    const [[row]] = await manager.query<[SubmissionRow[], number]>(
      `UPDATE payer_submission SET state = 'answered' WHERE id = $1 RETURNING ${SUBMISSION_COLUMNS}`,
      [submissionId],
    );
    return row ? submissionOf(row) : undefined;
  }

  /** A submission that will never be sent. */
  async abandon(manager: EntityManager, submissionId: string): Promise<void> {
    await manager.query(
      `UPDATE payer_submission SET state = 'abandoned' WHERE id = $1 AND state = 'gathering'`,
      [submissionId],
    );
  }

  /** The Claim last sent to ask for the request (not a cancellation or an inquiry), if any. */
  async lastSentClaim(
    manager: EntityManager,
    authorizationId: string,
  ): Promise<SentClaim | undefined> {
    const [row] = await manager.query<{ sent_claim: SentClaim }[]>(
      `SELECT sent_claim FROM payer_submission
        WHERE authorization_id = $1 AND purpose = 'submit' AND sent_claim IS NOT NULL
        ORDER BY sent_at DESC LIMIT 1`,
      [authorizationId],
    );
    return row?.sent_claim;
  }

  /** The last bundle sent for a request, as it was sent. */
  async lastBundle(manager: EntityManager, authorizationId: string): Promise<unknown> {
    const [row] = await manager.query<{ bundle: unknown }[]>(
      `SELECT bundle FROM payer_submission WHERE authorization_id = $1 AND bundle IS NOT NULL
        ORDER BY sent_at DESC LIMIT 1`,
      [authorizationId],
    );
    return row?.bundle;
  }
}

function submissionOf(row: SubmissionRow): PayerSubmission {
  return {
    id: row.id,
    authorizationId: row.authorization_id,
    purpose: row.purpose,
    certification: row.certification,
    bundleIdentifier: row.bundle_identifier,
    state: row.state,
    createdAt: row.created_at,
  };
}
