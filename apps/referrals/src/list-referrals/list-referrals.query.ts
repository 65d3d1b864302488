import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { keysetCursor, type KeysetPosition, type Page, pageOf } from '@infuse/http';
import { type ReferralStatus } from '../domain/referral.aggregate';

/** Where a page of the work queue ended: the last referral's creation time and id. */
export const WORK_QUEUE_CURSOR = keysetCursor('timestamptz');

export interface WorkQueueFilter {
  status?: ReferralStatus;
  /** Part of the patient's name, or their MRN. */
  q?: string;
  /** The payer's id, or `uninsured` for referrals without insurance. */
  payer?: string;
  cursor?: KeysetPosition;
  limit: number;
}

export interface WorkQueueItem {
  id: string;
  patientId: string;
  patient: { firstName: string; lastName: string; mrn: string | null; dateOfBirth: string };
  status: string;
  therapy: string;
  diagnosisCode: string;
  /** Who pays: the queue's payer column and filter. */
  insurance: { planType: string; payerId: string | null; payerName: string | null };
  missing: string[];
  offLabel: boolean;
  createdAt: string;
}

/** The payer filter's value for referrals without insurance. */
export const UNINSURED = 'uninsured';
// The submission's payer, as the payer index (WorkQueueByPayer1796486400000) reads it.
const PAYER_ID = `(r.submission->'insurance'->>'payerId')`;
const PLAN_TYPE = `(r.submission->'insurance'->>'planType')`;

interface WorkQueueRow {
  id: string;
  patient_id: string;
  first_name: string;
  last_name: string;
  mrn: string | null;
  date_of_birth: string;
  status: string;
  therapy: string;
  diagnosis_code: string;
  plan_type: string;
  payer_id: string | null;
  payer_name: string | null;
  missing: string[];
  off_label: boolean;
  created_at: Date;
  cursor_at: string;
}

/** The coordinator's work queue, newest first, a page at a time (keyset pagination). */
@Injectable()
export class ListReferralsQuery {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(filter: WorkQueueFilter): Promise<Page<WorkQueueItem>> {
    const conditions: string[] = [];
    const values: unknown[] = [];
    const bind = (value: unknown) => `$${values.push(value)}`;
    if (filter.status) conditions.push(`r.status = ${bind(filter.status)}`);
    if (filter.q) {
      const pattern = bind(
        `%${filter.q.toLowerCase().replace(/[\\%_]/g, (match) => `\\${match}`)}%`,
      );
      conditions.push(
        `(lower(p.first_name || ' ' || p.last_name) LIKE ${pattern} OR lower(p.last_name || ', ' || p.first_name) LIKE ${pattern} OR p.mrn = ${bind(filter.q)})`,
      );
    }
    if (filter.payer === UNINSURED)
      conditions.push(`(${PLAN_TYPE} = '${UNINSURED}' OR ${PAYER_ID} IS NULL)`);
    else if (filter.payer)
      conditions.push(`${PAYER_ID} = ${bind(filter.payer)} AND ${PLAN_TYPE} <> '${UNINSURED}'`);
    if (filter.cursor)
      conditions.push(
        `(r.created_at, r.id) < (${bind(filter.cursor.key)}::timestamptz, ${bind(filter.cursor.id)}::uuid)`,
      );
    const rows: WorkQueueRow[] = await this.dataSource.query(
      `SELECT r.id, r.patient_id, p.first_name, p.last_name, p.mrn, p.date_of_birth::text, r.status, r.therapy,
              r.diagnosis_code, ${PLAN_TYPE} AS plan_type, ${PAYER_ID} AS payer_id,
              r.submission->'insurance'->>'payerName' AS payer_name, r.missing, r.off_label, r.created_at, r.created_at::text AS cursor_at
         FROM referral r JOIN patient p ON p.id = r.patient_id
        ${conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : ''}
        ORDER BY r.created_at DESC, r.id DESC
        LIMIT ${bind(filter.limit + 1)}`,
      values,
    );
    return pageOf(
      rows,
      filter.limit,
      (last) => WORK_QUEUE_CURSOR.encode({ key: last.cursor_at, id: last.id }),
      itemOf,
    );
  }
}

function itemOf(row: WorkQueueRow): WorkQueueItem {
  return {
    id: row.id,
    patientId: row.patient_id,
    patient: {
      firstName: row.first_name,
      lastName: row.last_name,
      mrn: row.mrn,
      dateOfBirth: row.date_of_birth,
    },
    status: row.status,
    therapy: row.therapy,
    diagnosisCode: row.diagnosis_code,
    insurance: { planType: row.plan_type, payerId: row.payer_id, payerName: row.payer_name },
    missing: row.missing,
    offLabel: row.off_label,
    createdAt: row.created_at.toISOString(),
  };
}
