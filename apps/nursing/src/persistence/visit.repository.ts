import { Injectable } from '@nestjs/common';
import { type EntityManager } from 'typeorm';
import { type Visit } from '../domain/visit';

interface VisitRow {
  id: string;
  dispense_id: string;
  referral_id: string;
  patient_id: string;
  cycle: number;
  infusion_day: number;
  infusion_days: number;
  attempt: number;
  visit_date: string;
  nurse_id: string | null;
  status: Visit['status'];
  record: Visit['record'];
  plan: Visit['plan'];
  started_announced: boolean;
  completed_announced: boolean;
  missed_announced: boolean;
  reported_reactions: string[];
}

const SELECT_VISIT = `SELECT id, dispense_id, referral_id, patient_id, cycle, infusion_day, infusion_days,
                             attempt, visit_date::text, nurse_id, status, record, plan, started_announced,
                             completed_announced, missed_announced, reported_reactions
                        FROM visit`;

/** The visits, one row per infusion day of a dose, with their rebuilt record. */
@Injectable()
export class VisitRepository {
  /**
   * Adds a visit unless its dose already has that attempt for that day; says whether it is new.
   */
  async addIfAbsent(manager: EntityManager, visit: Visit, at: Date): Promise<boolean> {
    const inserted = await manager.query<unknown[]>(
      `INSERT INTO visit (id, dispense_id, referral_id, patient_id, cycle, infusion_day, infusion_days,
                          attempt, visit_date, nurse_id, status, record, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $13)
       ON CONFLICT (dispense_id, infusion_day, attempt) DO NOTHING
       RETURNING id`,
      [
        visit.id,
        visit.dispenseId,
        visit.referralId,
        visit.patientId,
        visit.cycle,
        visit.infusionDay,
        visit.infusionDays,
        visit.attempt,
        visit.visitDate,
        visit.nurseId,
        visit.status,
        JSON.stringify(visit.record),
        at,
      ],
    );
    return inserted.length === 1;
  }

  /** The visit, locked to the end of the transaction: one batch of updates at a time. */
  async lock(manager: EntityManager, id: string): Promise<Visit | undefined> {
    const [row] = await manager.query<VisitRow[]>(`${SELECT_VISIT} WHERE id = $1 FOR UPDATE`, [id]);
    return row ? visitOf(row) : undefined;
  }

  async forDispense(manager: EntityManager, dispenseId: string): Promise<Visit[]> {
    const rows = await manager.query<VisitRow[]>(
      `${SELECT_VISIT} WHERE dispense_id = $1 ORDER BY infusion_day, attempt FOR UPDATE`,
      [dispenseId],
    );
    return rows.map(visitOf);
  }

  /** The referral's visits, locked to the end of the transaction. */
  async forReferral(manager: EntityManager, referralId: string): Promise<Visit[]> {
    const rows = await manager.query<VisitRow[]>(
      `${SELECT_VISIT} WHERE referral_id = $1 ORDER BY visit_date, id FOR UPDATE`,
      [referralId],
    );
    return rows.map(visitOf);
  }

  async save(manager: EntityManager, visit: Visit, at: Date): Promise<void> {
    await manager.query(
      `UPDATE visit
          SET visit_date = $2, nurse_id = $3, status = $4, record = $5, started_announced = $6,
              completed_announced = $7, missed_announced = $8, reported_reactions = $9,
              updated_at = $10, plan = $11
        WHERE id = $1`,
      [
        visit.id,
        visit.visitDate,
        visit.nurseId,
        visit.status,
        JSON.stringify(visit.record),
        visit.announced.started,
        visit.announced.completed,
        visit.announced.missed,
        visit.announced.reactions,
        at,
        visit.plan === null ? null : JSON.stringify(visit.plan),
      ],
    );
  }
}

function visitOf(row: VisitRow): Visit {
  return {
    id: row.id,
    dispenseId: row.dispense_id,
    referralId: row.referral_id,
    patientId: row.patient_id,
    cycle: row.cycle,
    infusionDay: row.infusion_day,
    infusionDays: row.infusion_days,
    attempt: row.attempt,
    visitDate: row.visit_date,
    nurseId: row.nurse_id,
    status: row.status,
    record: row.record,
    plan: row.plan,
    announced: {
      started: row.started_announced,
      completed: row.completed_announced,
      missed: row.missed_announced,
      reactions: row.reported_reactions,
    },
  };
}
