import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DocumentReference, type LabResult } from '@infuse/contracts';
import { type PasError } from '@infuse/pas';
import { DataSource } from 'typeorm';
import {
  type AuthorizationSummary,
  type SummaryColumns,
  summaryOfRow,
} from '../authorization-summary';
import { type DenialReason } from '../domain/payer-decision';
import { type RequestedTherapy } from '../domain/requested-therapy';
import { PayerSubmissionRepository } from '../persistence/payer-submission.repository';

/** One request as a coordinator reads it: where it stands, why, and every exchange with the payer. */
export interface AuthorizationView extends AuthorizationSummary {
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
  requestedPeriod: { start: string; end: string } | null;
  authorizedUnits: number | null;
  authorizationNumber: string | null;
  /** The authorized period once approved, else the period asked for. */
  period: { start: string; end: string } | null;
  outcome: string | null;
  denialReasons: DenialReason[];
  errors: PasError[];
  reviewReason: string | null;
  reviewActionCode: string | null;
  /** A corrected member id, when a coordinator gave one. */
  memberIdCorrection: string | null;
  respondBy: string | null;
  history: {
    status: string;
    reason: string | null;
    changedBy: string;
    changedByRole: string;
    changedAt: string;
  }[];
  /** Documents and labs that arrived after the last submission: a resubmission sends them. */
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
  createdAt: string;
  updatedAt: string;
}

interface RequestRow extends SummaryColumns {
  supersedes_id: string | null;
  therapy: RequestedTherapy | null;
  approval: {
    outcome: string;
    authorizationNumber: string;
    periodStart: string;
    periodEnd: string;
    authorizedUnits: number;
  } | null;
  denial_reasons: DenialReason[];
  errors: PasError[];
  review_reason: string | null;
  review_action_code: string | null;
  member_id: string | null;
  respond_by: Date | null;
  created_at: Date;
  updated_at: Date;
}

/** Reads one request with its history, open flags and exchanges; no document contents. */
@Injectable()
export class ViewAuthorizationQuery {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly submissions: PayerSubmissionRepository,
  ) {}

  async execute(id: string): Promise<AuthorizationView | undefined> {
    const manager = this.dataSource.manager;
    const [[row], history, flags, exchanges] = await Promise.all([
      manager.query<RequestRow[]>(
        `SELECT id, referral_id, patient_id, payer_id, kind, status, supersedes_id, therapy, approval, denial_reasons,
                errors, review_reason, review_action_code, member_id, respond_by, created_at, updated_at
           FROM authorization_request WHERE id = $1`,
        [id],
      ),
      manager.query<
        {
          status: string;
          reason: string | null;
          changed_by: string;
          changed_by_role: string;
          changed_at: Date;
        }[]
      >(
        `SELECT status, reason, changed_by, changed_by_role, changed_at FROM authorization_status_change
          WHERE authorization_id = $1 ORDER BY id`,
        [id],
      ),
      manager.query<
        {
          kind: 'document' | 'lab';
          item: DocumentReference | LabResult;
          added_by: string;
          added_at: Date;
        }[]
      >(
        `SELECT kind, item, added_by, added_at FROM authorization_flag
          WHERE authorization_id = $1 AND sent_in_submission IS NULL ORDER BY id`,
        [id],
      ),
      manager.query<
        {
          operation: string;
          bundle_identifier: string | null;
          http_status: number | null;
          decision: string;
          occurred_at: Date;
        }[]
      >(
        `SELECT operation, bundle_identifier, http_status, decision, occurred_at FROM payer_exchange
          WHERE authorization_id = $1 ORDER BY id`,
        [id],
      ),
    ]);
    if (!row) return undefined;
    const { therapy, approval } = row;
    const requestedPeriod = therapy ? { start: therapy.periodStart, end: therapy.periodEnd } : null;
    return {
      ...summaryOfRow(row),
      supersedesId: row.supersedes_id,
      product: therapy
        ? {
            name: therapy.productName,
            hcpcs: therapy.hcpcs,
            route: therapy.route,
            doseGramsPerKg: therapy.doseGramsPerKg,
            doseGrams: therapy.doseGrams,
          }
        : null,
      hcpcs: therapy?.hcpcs ?? null,
      requestedUnits: therapy?.requestedUnits ?? null,
      requestedPeriod,
      authorizedUnits: approval?.authorizedUnits ?? null,
      authorizationNumber: approval?.authorizationNumber ?? null,
      period: approval ? { start: approval.periodStart, end: approval.periodEnd } : requestedPeriod,
      outcome: approval?.outcome ?? null,
      denialReasons: row.denial_reasons,
      errors: row.errors,
      reviewReason: row.review_reason,
      reviewActionCode: row.review_action_code,
      memberIdCorrection: row.member_id,
      respondBy: row.respond_by?.toISOString() ?? null,
      history: history.map((change) => ({
        status: change.status,
        reason: change.reason,
        changedBy: change.changed_by,
        changedByRole: change.changed_by_role,
        changedAt: change.changed_at.toISOString(),
      })),
      flags: flags.map((flag) => ({
        kind: flag.kind,
        item: flag.item,
        addedBy: flag.added_by,
        addedAt: flag.added_at.toISOString(),
      })),
      exchanges: exchanges.map((exchange) => ({
        operation: exchange.operation,
        bundleIdentifier: exchange.bundle_identifier,
        httpStatus: exchange.http_status,
        decision: exchange.decision,
        occurredAt: exchange.occurred_at.toISOString(),
      })),
      createdAt: row.created_at.toISOString(),
      updatedAt: row.updated_at.toISOString(),
    };
  }

  /** The last bundle sent for a request, with whose it is for the audit log; undefined when none was sent. */
  async lastBundle(id: string): Promise<{ patientId: string; bundle: unknown } | undefined> {
    const manager = this.dataSource.manager;
    const [row] = await manager.query<{ patient_id: string }[]>(
      `SELECT patient_id FROM authorization_request WHERE id = $1`,
      [id],
    );
    if (!row) return undefined;
    const bundle = await this.submissions.lastBundle(manager, id);
    return bundle === undefined || bundle === null
      ? undefined
      : { patientId: row.patient_id, bundle };
  }
}
