import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { keysetCursor, type KeysetPosition, type Page, pageOf } from '@infuse/http';
import { type DrugStatus } from '../domain/dose-copy';
import { type VisitStatus } from '../domain/visit';

/** Where a page of visits ended: the last visit's day and id. */
export const VISIT_LIST_CURSOR = keysetCursor('date', { maxLength: 200 });

export interface VisitListFilter {
  date?: string;
  status?: VisitStatus;
  /** Only the visits no nurse has yet. */
  unassigned?: boolean;
  /** Only this nurse's visits: a nurse always gets her own only. */
  nurseId?: string;
  cursor?: KeysetPosition;
  limit: number;
}

/** A visit as a list shows it: when, where, for whom, by whom; no clinical record. */
export interface VisitSummary {
  id: string;
  referralId: string;
  patientId: string;
  patientName: string;
  city: string | null;
  postalCode: string | null;
  cycle: number;
  infusionDay: number;
  infusionDays: number;
  visitDate: string;
  status: VisitStatus;
  nurseId: string | null;
  product: string;
  drugStatus: DrugStatus;
}

interface SummaryRow {
  id: string;
  referral_id: string;
  patient_id: string;
  first_name: string;
  last_name: string;
  city: string | null;
  postal_code: string | null;
  cycle: number;
  infusion_day: number;
  infusion_days: number;
  visit_date: string;
  status: VisitStatus;
  nurse_id: string | null;
  brand_name: string;
  drug_status: DrugStatus;
}

/** Visits by day, a page at a time (keyset pagination). */
@Injectable()
export class ListVisitsQuery {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(filter: VisitListFilter): Promise<Page<VisitSummary>> {
    const conditions: string[] = [];
    const values: unknown[] = [];
    const bind = (value: unknown) => `$${values.push(value)}`;
    if (filter.date) conditions.push(`v.visit_date = ${bind(filter.date)}::date`);
    if (filter.status) conditions.push(`v.status = ${bind(filter.status)}`);
    if (filter.unassigned) conditions.push(`v.nurse_id IS NULL`);
    if (filter.nurseId !== undefined) conditions.push(`v.nurse_id = ${bind(filter.nurseId)}`);
    if (filter.cursor)
      conditions.push(
        `(v.visit_date, v.id) > (${bind(filter.cursor.key)}::date, ${bind(filter.cursor.id)}::uuid)`,
      );
    const rows = await this.dataSource.query<SummaryRow[]>(
      `SELECT v.id, v.referral_id, v.patient_id, p.patient->>'firstName' AS first_name,
              p.patient->>'lastName' AS last_name, p.patient->'address'->>'city' AS city,
              p.patient->'address'->>'postalCode' AS postal_code, v.cycle, v.infusion_day,
              v.infusion_days, v.visit_date::text, v.status, v.nurse_id,
              d.release->'product'->>'brandName' AS brand_name, d.drug_status
         FROM visit v
         JOIN released_dose d ON d.dispense_id = v.dispense_id
         JOIN patient_copy p ON p.referral_id = v.referral_id
        ${conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : ''}
        ORDER BY v.visit_date, v.id
        LIMIT ${bind(filter.limit + 1)}`,
      values,
    );
    return pageOf(
      rows,
      filter.limit,
      (last) => VISIT_LIST_CURSOR.encode({ key: last.visit_date, id: last.id }),
      summaryOf,
    );
  }
}

function summaryOf(row: SummaryRow): VisitSummary {
  return {
    id: row.id,
    referralId: row.referral_id,
    patientId: row.patient_id,
    patientName: `${row.first_name} ${row.last_name}`,
    city: row.city,
    postalCode: row.postal_code,
    cycle: row.cycle,
    infusionDay: row.infusion_day,
    infusionDays: row.infusion_days,
    visitDate: row.visit_date,
    status: row.status,
    nurseId: row.nurse_id,
    product: row.brand_name,
    drugStatus: row.drug_status,
  };
}
