import { Injectable } from '@nestjs/common';
import { type EntityManager } from 'typeorm';
import { type ReleasedDose } from '../domain/dose-lab-plans';

interface DoseRow {
  dispense_id: string;
  referral_id: string;
  patient_id: string;
  cycle: number;
  product_id: string;
  first_administration_date: string;
  hemolysis_after_hours: { min: number; max: number } | null;
  released_at: Date;
}

/** The doses released, as later events need them (the product, the hemolysis window). */
@Injectable()
export class ReleasedDoseRepository {
  /** Keeps a dose unless it is kept already; says whether it was new. */
  async addIfAbsent(manager: EntityManager, dose: ReleasedDose): Promise<boolean> {
    const inserted = await manager.query<unknown[]>(
      `INSERT INTO follow_up_dose (dispense_id, referral_id, patient_id, cycle, product_id,
              first_administration_date, hemolysis_after_hours, released_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (dispense_id) DO NOTHING RETURNING dispense_id`,
      [
        dose.dispenseId,
        dose.referralId,
        dose.patientId,
        dose.cycle,
        dose.productId,
        dose.firstAdministrationDate,
        dose.hemolysisAfterHours ? JSON.stringify(dose.hemolysisAfterHours) : null,
        dose.releasedAt,
      ],
    );
    return inserted.length === 1;
  }

  /** The product of the referral's latest dose before this cycle, if any. */
  async previousProduct(
    manager: EntityManager,
    referralId: string,
    cycle: number,
  ): Promise<string | undefined> {
    const [row] = await manager.query<{ product_id: string }[]>(
      `SELECT product_id FROM follow_up_dose WHERE referral_id = $1 AND cycle < $2
        ORDER BY cycle DESC LIMIT 1`,
      [referralId, cycle],
    );
    return row?.product_id;
  }

  async find(manager: EntityManager, dispenseId: string): Promise<ReleasedDose | undefined> {
    const [row] = await manager.query<DoseRow[]>(
      `SELECT dispense_id, referral_id, patient_id, cycle, product_id,
              first_administration_date::text, hemolysis_after_hours, released_at
         FROM follow_up_dose WHERE dispense_id = $1`,
      [dispenseId],
    );
    return row
      ? {
          dispenseId: row.dispense_id,
          referralId: row.referral_id,
          patientId: row.patient_id,
          cycle: row.cycle,
          productId: row.product_id,
          firstAdministrationDate: row.first_administration_date,
          hemolysisAfterHours: row.hemolysis_after_hours ?? undefined,
          releasedAt: row.released_at,
        }
      : undefined;
  }
}
