import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { keysetCursor, type KeysetPosition, type Page, pageOf } from '@infuse/http';
import { DataSource } from 'typeorm';
import { type CaseStatus } from '../domain/assistance-case';

/** Where a page of cases ended: the last case's creation time and id. */
export const CASE_LIST_CURSOR = keysetCursor('timestamptz', { maxLength: 200 });

export interface CaseListFilter {
  patientId?: string;
  status?: CaseStatus;
  cursor?: KeysetPosition;
  limit: number;
}

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

interface ListRow {
  id: string;
  referral_id: string;
  patient_id: string;
  status: CaseStatus;
  programme_id: string | null;
  re_enrolment_due_on: string | null;
  created_at: Date;
  created_at_text: string;
  updated_at: Date;
}

/** The coordinator's cases, oldest first, by patient and status, a page at a time. */
@Injectable()
export class ListCasesQuery {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(filter: CaseListFilter): Promise<Page<CaseListItem>> {
    const conditions: string[] = [];
    const values: unknown[] = [];
    const bind = (value: unknown) => `$${values.push(value)}`;
    if (filter.patientId) conditions.push(`patient_id = ${bind(filter.patientId)}`);
    if (filter.status) conditions.push(`status = ${bind(filter.status)}`);
    if (filter.cursor)
      conditions.push(
        `(created_at, id) > (${bind(filter.cursor.key)}::timestamptz, ${bind(filter.cursor.id)}::uuid)`,
      );
    const rows = await this.dataSource.query<ListRow[]>(
      `SELECT id, referral_id, patient_id, status, programme_id, re_enrolment_due_on::text,
              created_at, created_at::text AS created_at_text, updated_at
         FROM assistance_case
        ${conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : ''}
        ORDER BY created_at, id
        LIMIT ${bind(filter.limit + 1)}`,
      values,
    );
    return pageOf(
      rows,
      filter.limit,
      (last) => CASE_LIST_CURSOR.encode({ key: last.created_at_text, id: last.id }),
      (row) => ({
        id: row.id,
        referralId: row.referral_id,
        patientId: row.patient_id,
        status: row.status,
        programmeId: row.programme_id,
        reEnrolmentDueOn: row.re_enrolment_due_on,
        createdAt: row.created_at.toISOString(),
        updatedAt: row.updated_at.toISOString(),
      }),
    );
  }
}
