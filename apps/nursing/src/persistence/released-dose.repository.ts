import { Injectable } from '@nestjs/common';
import { type EntityManager } from 'typeorm';
import { type DrugStatus, type ReleasedDose, type ReleaseCopy } from '../domain/dose-copy';

interface ReleasedDoseRow {
  dispense_id: string;
  referral_id: string;
  patient_id: string;
  cycle: number;
  release: ReleaseCopy;
  drug_status: DrugStatus;
  unusable_lots: string[];
}

const SELECT_DOSE = `SELECT dispense_id, referral_id, patient_id, cycle, release, drug_status, unusable_lots
                       FROM released_dose`;

/** The doses pharmacy released, with where their drug is. */
@Injectable()
export class ReleasedDoseRepository {
  /**
   * Keeps a release: a new dose, or a replacement released for a dose that arrived unusable
   * (new lots, drug back to released). The same release again changes nothing, and a cancelled
   * dose stays cancelled. Says whether anything changed.
   */
  async keep(
    manager: EntityManager,
    dose: Omit<ReleasedDose, 'drugStatus' | 'unusableLots'>,
    at: Date,
  ): Promise<boolean> {
    const kept = await manager.query<unknown[]>(
      `INSERT INTO released_dose (dispense_id, referral_id, patient_id, cycle, release, drug_status,
                                  updated_at)
       VALUES ($1, $2, $3, $4, $5, 'released', $6)
       ON CONFLICT (dispense_id) DO UPDATE
         SET release = EXCLUDED.release, drug_status = 'released', updated_at = EXCLUDED.updated_at
         WHERE released_dose.drug_status <> 'cancelled'
           AND released_dose.release IS DISTINCT FROM EXCLUDED.release
       RETURNING dispense_id`,
      [
        dose.dispenseId,
        dose.referralId,
        dose.patientId,
        dose.cycle,
        JSON.stringify(dose.release),
        at,
      ],
    );
    return kept.length === 1;
  }

  async find(manager: EntityManager, dispenseId: string): Promise<ReleasedDose | undefined> {
    const [row] = await manager.query<ReleasedDoseRow[]>(`${SELECT_DOSE} WHERE dispense_id = $1`, [
      dispenseId,
    ]);
    return row ? doseOf(row) : undefined;
  }

  async forReferral(manager: EntityManager, referralId: string): Promise<ReleasedDose[]> {
    const rows = await manager.query<ReleasedDoseRow[]>(
      `${SELECT_DOSE} WHERE referral_id = $1 ORDER BY cycle`,
      [referralId],
    );
    return rows.map(doseOf);
  }

  /**
   * Where the drug is now; unusable lots are added to those already known. False when nothing
   * changed: an unknown or cancelled dose, or the same fact again.
   */
  async setDrugStatus(
    manager: EntityManager,
    dispenseId: string,
    status: DrugStatus,
    at: Date,
    unusableLots: readonly string[] = [],
  ): Promise<boolean> {
    const updated = await manager.query<[unknown[], number]>(
      `UPDATE released_dose
          SET drug_status = $2, updated_at = $3,
              unusable_lots = ARRAY(SELECT DISTINCT unnest(unusable_lots || $4::text[]))
        WHERE dispense_id = $1 AND drug_status <> 'cancelled'
          AND (drug_status <> $2 OR NOT unusable_lots @> $4::text[])`,
      [dispenseId, status, at, unusableLots],
    );
    return updated[1] === 1;
  }
}

function doseOf(row: ReleasedDoseRow): ReleasedDose {
  return {
    dispenseId: row.dispense_id,
    referralId: row.referral_id,
    patientId: row.patient_id,
    cycle: row.cycle,
    release: row.release,
    drugStatus: row.drug_status,
    unusableLots: row.unusable_lots,
  };
}
