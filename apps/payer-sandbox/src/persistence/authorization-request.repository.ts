import { Injectable } from '@nestjs/common';
import { type BusinessIdentifier, type Certification, type RequestStatus } from '@infuse/pas';
import type { Bundle } from 'fhir/r4';
import { type EntityManager } from 'typeorm';
import {
  type AuthorizationRequest,
  type RecordedDecision,
  type RecordedDetermination,
} from '../domain/authorization-request';
import { type RequestSummary } from '../domain/request-summary';

interface RequestRow {
  id: string;
  payer_id: string;
  provider_subject: string;
  claim_system: string;
  claim_value: string;
  reference_number: string;
  member_id: string;
  status: RequestStatus;
  determination: RecordedDetermination;
  summary: RequestSummary;
  request_bundle: Record<string, unknown>;
  response_bundle: Bundle;
  received_at: Date;
  updated_at: Date;
  review_due_at: Date | null;
  decision: RecordedDecision | null;
}

/** A change of a request's answer: what was decided, and the Bundles of it. */
export interface AnswerChange {
  readonly status: RequestStatus;
  readonly responseBundle: Bundle;
  readonly updatedAt: Date;
  readonly reviewDueAt: Date | null;
  readonly requestBundle?: Readonly<Record<string, unknown>>;
  readonly determination?: RecordedDetermination;
  readonly summary?: RequestSummary;
  readonly decision?: RecordedDecision;
}

/** A Bundle a request arrived in. */
export interface Submission {
  readonly requestId: string;
  readonly bundleIdentifier: BusinessIdentifier;
  readonly claimIdentifier: BusinessIdentifier;
  readonly certification: Certification;
  readonly receivedAt: Date;
}

const COLUMNS = `id, payer_id, provider_subject, claim_system, claim_value, reference_number, member_id,
  status, determination, summary, request_bundle, response_bundle, received_at, updated_at, review_due_at, decision`;

/** The requests the payers hold, one row each, written with SQL of its own. */
@Injectable()
export class AuthorizationRequestRepository {
  /** The next number of the shared sequence; a number lost to a conflict is never reused. */
  async nextSequence(manager: EntityManager): Promise<string> {
    const [row] = await manager.query<{ value: string }[]>(
      `SELECT nextval('reference_number_seq')::text AS value`,
    );
    if (!row) throw new Error('reference_number_seq returned nothing');
    return row.value;
  }

  /**
   * The request of this payer and provider that a Claim names, by its identifier or those of the
   * Claims it replaces, whether the request first came with it or an update did. `forUpdate`
   * locks it until the transaction ends, so its submissions apply one at a time.
   */
  async findByClaim(
    manager: EntityManager,
    payerId: string,
    providerSubject: string,
    identifiers: readonly BusinessIdentifier[],
    options: { forUpdate?: boolean } = {},
  ): Promise<AuthorizationRequest | undefined> {
    const rows = await manager.query<RequestRow[]>(
      `SELECT ${COLUMNS} FROM authorization_request r
          WHERE r.payer_id = $1 AND r.provider_subject = $2
            AND ((r.claim_system, r.claim_value) IN (SELECT * FROM unnest($3::text[], $4::text[]))
                 OR EXISTS (SELECT 1 FROM request_submission s
                             WHERE s.request_id = r.id
                               AND (s.claim_system, s.claim_value) IN
                                   (SELECT * FROM unnest($3::text[], $4::text[]))))
          ORDER BY r.received_at, r.id
          LIMIT 1${options.forUpdate ? ' FOR UPDATE' : ''}`,
      [
        payerId,
        providerSubject,
        identifiers.map((identifier) => identifier.system),
        identifiers.map((identifier) => identifier.value),
      ],
    );
    const [row] = rows;
    return row ? requestOf(row) : undefined;
  }

  /** Stores a new request, unless one with its key exists (then says so with `false`). */
  async insertIfAbsent(manager: EntityManager, request: AuthorizationRequest): Promise<boolean> {
    const inserted = await manager.query<unknown[]>(
      `INSERT INTO authorization_request (${COLUMNS})
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)
       ON CONFLICT (payer_id, provider_subject, claim_system, claim_value) DO NOTHING
       RETURNING id`,
      [
        request.id,
        request.payerId,
        request.providerSubject,
        request.claimIdentifier.system,
        request.claimIdentifier.value,
        request.referenceNumber,
        request.memberId,
        request.status,
        JSON.stringify(request.determination),
        JSON.stringify(request.summary),
        JSON.stringify(request.requestBundle),
        JSON.stringify(request.responseBundle),
        request.receivedAt,
        request.updatedAt,
        request.reviewDueAt,
        request.decision ? JSON.stringify(request.decision) : null,
      ],
    );
    return inserted.length === 1;
  }

  /** Records the Bundle a submission came in; `false` when that Bundle was already recorded. */
  async recordSubmission(manager: EntityManager, submission: Submission): Promise<boolean> {
    const inserted = await manager.query<unknown[]>(
      `INSERT INTO request_submission
         (request_id, bundle_system, bundle_value, claim_system, claim_value, certification, received_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (request_id, bundle_system, bundle_value) DO NOTHING
       RETURNING request_id`,
      [
        submission.requestId,
        submission.bundleIdentifier.system,
        submission.bundleIdentifier.value,
        submission.claimIdentifier.system,
        submission.claimIdentifier.value,
        submission.certification,
        submission.receivedAt,
      ],
    );
    return inserted.length === 1;
  }

  async changeAnswer(manager: EntityManager, id: string, change: AnswerChange): Promise<void> {
    await manager.query(
      `UPDATE authorization_request
          SET status = $2, response_bundle = $3, updated_at = $4, review_due_at = $5,
              request_bundle = COALESCE($6, request_bundle),
              determination = COALESCE($7, determination),
              decision = COALESCE($8, decision),
              summary = COALESCE($9, summary)
        WHERE id = $1`,
      [
        id,
        change.status,
        JSON.stringify(change.responseBundle),
        change.updatedAt,
        change.reviewDueAt,
        change.requestBundle ? JSON.stringify(change.requestBundle) : null,
        change.determination ? JSON.stringify(change.determination) : null,
        change.decision ? JSON.stringify(change.decision) : null,
        change.summary ? JSON.stringify(change.summary) : null,
      ],
    );
  }

  /** A reviewer's decision that leaves the answer as it is (keeping it pended). */
  async recordDecision(
    manager: EntityManager,
    id: string,
    decision: RecordedDecision,
    at: Date,
  ): Promise<void> {
    await manager.query(
      `UPDATE authorization_request SET decision = $2, updated_at = $3 WHERE id = $1`,
      [id, JSON.stringify(decision), at],
    );
  }

  /** One request; `forUpdate` locks it until the transaction ends. */
  async find(
    manager: EntityManager,
    id: string,
    options: { forUpdate?: boolean } = {},
  ): Promise<AuthorizationRequest | undefined> {
    const rows = await manager.query<RequestRow[]>(
      `SELECT ${COLUMNS} FROM authorization_request WHERE id = $1${options.forUpdate ? ' FOR UPDATE' : ''}`,
      [id],
    );
    const [row] = rows;
    return row ? requestOf(row) : undefined;
  }
}

function requestOf(row: RequestRow): AuthorizationRequest {
  return {
    id: row.id,
    payerId: row.payer_id,
    providerSubject: row.provider_subject,
    claimIdentifier: { system: row.claim_system, value: row.claim_value },
    referenceNumber: row.reference_number,
    memberId: row.member_id,
    status: row.status,
    determination: row.determination,
    summary: row.summary,
    requestBundle: row.request_bundle,
    responseBundle: row.response_bundle,
    receivedAt: row.received_at,
    updatedAt: row.updated_at,
    reviewDueAt: row.review_due_at,
    decision: row.decision,
  };
}
