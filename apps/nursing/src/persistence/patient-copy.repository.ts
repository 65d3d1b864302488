import { Injectable } from '@nestjs/common';
import { type EntityManager } from 'typeorm';
import { type PatientCopy } from '../domain/dose-copy';

interface PatientCopyRow {
  referral_id: string;
  patient_id: string;
  status: PatientCopy['status'];
  patient: PatientCopy['patient'];
  prescriber: PatientCopy['prescriber'];
  therapy: PatientCopy['therapy'];
  interval_days: number;
}

/** Nursing's copies of accepted referrals, one row each. */
@Injectable()
export class PatientCopyRepository {
  /** Keeps a copy unless one is kept already; says whether this one is new. */
  async addIfAbsent(manager: EntityManager, copy: PatientCopy, acceptedAt: Date): Promise<boolean> {
    const inserted = await manager.query<unknown[]>(
      `INSERT INTO patient_copy (referral_id, patient_id, status, patient, prescriber, therapy,
                                 interval_days, accepted_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (referral_id) DO NOTHING
       RETURNING referral_id`,
      [
        copy.referralId,
        copy.patientId,
        copy.status,
        JSON.stringify(copy.patient),
        JSON.stringify(copy.prescriber),
        copy.therapy,
        copy.intervalDays,
        acceptedAt,
      ],
    );
    return inserted.length === 1;
  }

  async find(manager: EntityManager, referralId: string): Promise<PatientCopy | undefined> {
    const [row] = await manager.query<PatientCopyRow[]>(
      `SELECT referral_id, patient_id, status, patient, prescriber, therapy, interval_days
         FROM patient_copy WHERE referral_id = $1`,
      [referralId],
    );
    return row
      ? {
          referralId: row.referral_id,
          patientId: row.patient_id,
          status: row.status,
          patient: row.patient,
          prescriber: row.prescriber,
          therapy: row.therapy,
          intervalDays: row.interval_days,
        }
      : undefined;
  }

  /** The referral was withdrawn: no visit is scheduled for it any more. */
  async markCancelled(manager: EntityManager, referralId: string): Promise<boolean> {
    const updated = await manager.query<[unknown[], number]>(
      `UPDATE patient_copy SET status = 'cancelled' WHERE referral_id = $1 AND status <> 'cancelled'`,
      [referralId],
    );
    return updated[1] === 1;
  }
}
