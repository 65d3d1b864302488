import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { keysetCursor, type KeysetPosition, type Page, pageOf } from '@infuse/http';
import {
  type AuthorizationSummary,
  type SummaryColumns,
  summaryOfRow,
} from '../authorization-summary';
import { type AuthorizationStatus } from '../domain/authorization-status';

/** Where a page of requests ended: the last request's creation time and id. */
export const AUTHORIZATION_LIST_CURSOR = keysetCursor('timestamptz');

export interface AuthorizationFilter {
  referralId?: string;
  status?: AuthorizationStatus;
  cursor?: KeysetPosition;
  limit: number;
}

/** One request in a coordinator's list. */
export interface AuthorizationListItem extends AuthorizationSummary {
  hcpcs: string | null;
  requestedUnits: number | null;
  authorizedUnits: number | null;
  authorizationNumber: string | null;
  createdAt: string;
  updatedAt: string;
}

interface ListRow extends SummaryColumns {
  hcpcs: string | null;
  requested_units: number | null;
  authorized_units: number | null;
  authorization_number: string | null;
  created_at: Date;
  updated_at: Date;
  cursor_at: string;
}

/** Requests newest first, a page at a time (keyset pagination), by referral and status. */
@Injectable()
export class ListAuthorizationsQuery {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(filter: AuthorizationFilter): Promise<Page<AuthorizationListItem>> {
    const conditions: string[] = [];
    const values: unknown[] = [];
    const bind = (value: unknown) => `$${values.push(value)}`;
    if (filter.referralId) conditions.push(`referral_id = ${bind(filter.referralId)}`);
    if (filter.status) conditions.push(`status = ${bind(filter.status)}`);
    if (filter.cursor)
      conditions.push(
        `(created_at, id) < (${bind(filter.cursor.key)}::timestamptz, ${bind(filter.cursor.id)}::uuid)`,
      );
    const rows = await this.dataSource.query<ListRow[]>(
      `SELECT id, referral_id, patient_id, payer_id, kind, status, therapy->>'hcpcs' AS hcpcs,
              (therapy->>'requestedUnits')::int AS requested_units,
              (approval->>'authorizedUnits')::int AS authorized_units,
              approval->>'authorizationNumber' AS authorization_number,
              created_at, updated_at, created_at::text AS cursor_at
         FROM authorization_request
        ${conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : ''}
        ORDER BY created_at DESC, id DESC
        LIMIT ${bind(filter.limit + 1)}`,
      values,
    );
    return pageOf(
      rows,
      filter.limit,
      (last) => AUTHORIZATION_LIST_CURSOR.encode({ key: last.cursor_at, id: last.id }),
      itemOf,
    );
  }
}

function itemOf(row: ListRow): AuthorizationListItem {
  return {
    ...summaryOfRow(row),
    hcpcs: row.hcpcs,
    requestedUnits: row.requested_units,
    authorizedUnits: row.authorized_units,
    authorizationNumber: row.authorization_number,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}
