import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { keysetCursor, type KeysetPosition, type Page, pageOf } from '@infuse/http';
import { type DispenseStatus } from '../domain/dispense-order.aggregate';

/** Where a page of the queue ended: the last order's first administration date and id. */
export const DISPENSE_QUEUE_CURSOR = keysetCursor('date', { maxLength: 200 });

export interface DispenseQueueFilter {
  status?: DispenseStatus;
  cursor?: KeysetPosition;
  limit: number;
}

export interface DispenseQueueItem {
  id: string;
  referralId: string;
  patientId: string;
  patient: { firstName: string; lastName: string; dateOfBirth: string; mrn: string | null };
  cycle: number;
  status: DispenseStatus;
  therapy: string;
  productId: string;
  dueOn: string;
  administrationDates: string[];
  createdAt: string;
}

interface QueueRow {
  id: string;
  referral_id: string;
  patient_id: string;
  first_name: string;
  last_name: string;
  date_of_birth: string;
  mrn: string | null;
  cycle: number;
  status: DispenseStatus;
  therapy: string;
  product_id: string;
  due_on: string;
  administration_dates: string[];
  created_at: Date;
}

/** The pharmacist's queue, oldest due first, a page at a time (keyset pagination). */
@Injectable()
export class ListDispensesQuery {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(filter: DispenseQueueFilter): Promise<Page<DispenseQueueItem>> {
    const conditions: string[] = [];
    const values: unknown[] = [];
    const bind = (value: unknown) => `$${values.push(value)}`;
    if (filter.status) conditions.push(`o.status = ${bind(filter.status)}`);
    if (filter.cursor)
      conditions.push(
        `(o.due_on, o.id) > (${bind(filter.cursor.key)}::date, ${bind(filter.cursor.id)}::uuid)`,
      );
    const rows = await this.dataSource.query<QueueRow[]>(
      `SELECT o.id, o.referral_id, o.patient_id, c.patient->>'firstName' AS first_name,
              c.patient->>'lastName' AS last_name, c.patient->>'dateOfBirth' AS date_of_birth,
              c.patient->>'mrn' AS mrn, o.cycle, o.status, o.therapy, o.product_id,
              o.due_on::text, o.administration_dates::text[], o.created_at
         FROM dispense_order o JOIN referral_copy c ON c.referral_id = o.referral_id
        ${conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : ''}
        ORDER BY o.due_on, o.id
        LIMIT ${bind(filter.limit + 1)}`,
      values,
    );
    return pageOf(
      rows,
      filter.limit,
      (last) => DISPENSE_QUEUE_CURSOR.encode({ key: last.due_on, id: last.id }),
      itemOf,
    );
  }
}

function itemOf(row: QueueRow): DispenseQueueItem {
  return {
    id: row.id,
    referralId: row.referral_id,
    patientId: row.patient_id,
    patient: {
      firstName: row.first_name,
      lastName: row.last_name,
      dateOfBirth: row.date_of_birth,
      mrn: row.mrn,
    },
    cycle: row.cycle,
    status: row.status,
    therapy: row.therapy,
    productId: row.product_id,
    dueOn: row.due_on,
    administrationDates: row.administration_dates,
    createdAt: row.created_at.toISOString(),
  };
}
