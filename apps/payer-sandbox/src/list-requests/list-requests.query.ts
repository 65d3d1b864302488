import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type RequestStatus } from '@infuse/pas';
import { DataSource } from 'typeorm';
import { keysetCursor, type KeysetPosition, type Page, pageOf } from '@infuse/http';
import { type RequestSummary } from '../domain/request-summary';

/** Where a page of the inbox ended: the last request's arrival and id. */
export const INBOX_CURSOR = keysetCursor('timestamptz');

export interface InboxFilter {
  /** The payer whose requests to list; none for an administrator (every payer). */
  payerId?: string;
  status?: RequestStatus;
  cursor?: KeysetPosition;
  limit: number;
}

export interface InboxItem {
  id: string;
  /** The member id: the patient as this payer knows them. */
  patientId: string;
  payerId: string;
  status: RequestStatus;
  referenceNumber: string;
  patient: RequestSummary['patient'];
  diagnosis: string | null;
  productCode: string | null;
  provider: string | null;
  receivedAt: string;
  reviewDueAt: string | null;
}

interface InboxRow {
  id: string;
  member_id: string;
  payer_id: string;
  status: RequestStatus;
  reference_number: string;
  summary: RequestSummary;
  received_at: Date;
  review_due_at: Date | null;
  cursor_at: string;
}

/** A payer's inbox, oldest first, a page at a time (keyset pagination). */
@Injectable()
export class ListRequestsQuery {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(filter: InboxFilter): Promise<Page<InboxItem>> {
    const conditions: string[] = [];
    const values: unknown[] = [];
    const bind = (value: unknown) => `$${values.push(value)}`;
    if (filter.payerId !== undefined) conditions.push(`payer_id = ${bind(filter.payerId)}`);
    if (filter.status) conditions.push(`status = ${bind(filter.status)}`);
    if (filter.cursor)
      conditions.push(
        `(received_at, id) > (${bind(filter.cursor.key)}::timestamptz, ${bind(filter.cursor.id)}::uuid)`,
      );
    const rows = await this.dataSource.query<InboxRow[]>(
      `SELECT id, member_id, payer_id, status, reference_number, summary, received_at, review_due_at,
              received_at::text AS cursor_at
         FROM authorization_request
        ${conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : ''}
        ORDER BY received_at, id
        LIMIT ${bind(filter.limit + 1)}`,
      values,
    );
    return pageOf(
      rows,
      filter.limit,
      (last) => INBOX_CURSOR.encode({ key: last.cursor_at, id: last.id }),
      itemOf,
    );
  }
}

function itemOf(row: InboxRow): InboxItem {
  return {
    id: row.id,
    patientId: row.member_id,
    payerId: row.payer_id,
    status: row.status,
    referenceNumber: row.reference_number,
    patient: row.summary.patient,
    diagnosis: row.summary.diagnosis,
    productCode: row.summary.productCode,
    provider: row.summary.provider,
    receivedAt: row.received_at.toISOString(),
    reviewDueAt: row.review_due_at?.toISOString() ?? null,
  };
}
