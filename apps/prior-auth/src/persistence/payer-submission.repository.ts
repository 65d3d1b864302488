import { Injectable } from '@nestjs/common';
import { type DocumentReference } from '@infuse/contracts';
import { type PasDocument, type PasPriorClaim } from '@infuse/pas';
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

/** The bundles sent to payers, and the documents a submission gathers before it is sent. */
@Injectable()
export class PayerSubmissionRepository {
  async add(
    manager: EntityManager,
    submission: PayerSubmission,
    documents: readonly DocumentReference[],
  ): Promise<void> {
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
    if (documents.length === 0) return;
    await manager.query(
      `INSERT INTO submission_document (submission_id, document_id, position, type, title, content_type)
       SELECT $1, (d.document->>'document_id')::uuid, d.n - 1, d.document->>'type', d.document->>'title',
              d.document->>'content_type'
         FROM jsonb_array_elements($2::jsonb) WITH ORDINALITY AS d(document, n)`,
      [
        submission.id,
        JSON.stringify(
          documents.map((document) => ({
            document_id: document.documentId,
            type: document.type,
            title: document.title,
            content_type: document.contentType,
          })),
        ),
      ],
    );
  }

  /** Loads and row-locks a submission, so the handlers of its document reads take turns. */
  async lock(manager: EntityManager, id: string): Promise<PayerSubmission | undefined> {
    const [row] = await manager.query<SubmissionRow[]>(
      `SELECT id, authorization_id, purpose, certification, bundle_identifier, state, created_at
         FROM payer_submission WHERE id = $1 FOR UPDATE`,
      [id],
    );
    return row
      ? {
          id: row.id,
          authorizationId: row.authorization_id,
          purpose: row.purpose,
          certification: row.certification,
          bundleIdentifier: row.bundle_identifier,
          state: row.state,
          createdAt: row.created_at,
        }
      : undefined;
  }

  /** Keeps one document's content, read from referrals. */
  async storeDocument(
    manager: EntityManager,
    submissionId: string,
    documentId: string,
    contentBase64: string,
  ): Promise<void> {
    await manager.query(
      `UPDATE submission_document SET content_base64 = $3, fetched = true WHERE submission_id = $1 AND document_id = $2`,
      [submissionId, documentId, contentBase64],
    );
  }

  /** The submission's documents with their contents, in order, once every one has been read. */
  async documentsIfComplete(
    manager: EntityManager,
    submissionId: string,
  ): Promise<PasDocument[] | undefined> {
    const rows = await manager.query<
      {
        document_id: string;
        type: string;
        title: string;
        content_type: string;
        content_base64: string | null;
      }[]
    >(
      `SELECT document_id, type, title, content_type, content_base64 FROM submission_document
        WHERE submission_id = $1 ORDER BY position`,
      [submissionId],
    );
    const documents: PasDocument[] = [];
    for (const row of rows) {
      if (row.content_base64 === null) return undefined;
      documents.push({
        id: row.document_id,
        type: row.type,
        title: row.title,
        contentType: row.content_type,
        data: row.content_base64,
      });
    }
    return documents;
  }

  /** The title of one of the submission's documents, to say which could not be read. */
  async documentTitle(
    manager: EntityManager,
    submissionId: string,
    documentId: string,
  ): Promise<string> {
    const [row] = await manager.query<{ title: string }[]>(
      `SELECT title FROM submission_document WHERE submission_id = $1 AND document_id = $2`,
      [submissionId, documentId],
    );
    return row?.title ?? documentId;
  }

  /**
   * The bundle is on its way: a request bundle becomes the request's last bundle sent (earlier
   * ones are dropped), and the document contents it now holds are dropped from the gathering rows.
   */
  async markSent(
    manager: EntityManager,
    submission: PayerSubmission,
    sent: { bundle: unknown; claim: SentClaim | null },
    at: Date,
  ): Promise<void> {
    // An inquiry's bundle is not kept: the last request bundle stays the one a coordinator reads.
    if (sent.bundle !== null)
      await manager.query(
        `UPDATE payer_submission SET bundle = NULL WHERE authorization_id = $1 AND bundle IS NOT NULL`,
        [submission.authorizationId],
      );
    await manager.query(
      `UPDATE payer_submission SET state = 'sent', bundle = $2, sent_claim = $3, sent_at = $4 WHERE id = $1`,
      [
        submission.id,
        sent.bundle === null ? null : JSON.stringify(sent.bundle),
        sent.claim === null ? null : JSON.stringify(sent.claim),
        at,
      ],
    );
    await manager.query(
      `UPDATE submission_document SET content_base64 = NULL WHERE submission_id = $1`,
      [submission.id],
    );
  }

  /** Locks a submission the payer has answered and marks it so; undefined when there is none. */
  async markAnswered(
    manager: EntityManager,
    submissionId: string,
  ): Promise<PayerSubmission | undefined> {
    const submission = await this.lock(manager, submissionId);
    await manager.query(`UPDATE payer_submission SET state = 'answered' WHERE id = $1`, [
      submissionId,
    ]);
    return submission;
  }

  /** A submission that will never be sent: its gathered contents are dropped. */
  async abandon(manager: EntityManager, submissionId: string): Promise<void> {
    await manager.query(
      `UPDATE payer_submission SET state = 'abandoned' WHERE id = $1 AND state = 'gathering'`,
      [submissionId],
    );
    await manager.query(
      `UPDATE submission_document SET content_base64 = NULL WHERE submission_id = $1`,
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
