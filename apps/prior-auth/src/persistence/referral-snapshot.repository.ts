import { Injectable } from '@nestjs/common';
import { type DocumentReference, type LabResult } from '@infuse/contracts';
import { type EntityManager } from 'typeorm';
import { type NoAuthorizationReason, type ReferralSnapshot } from '../domain/referral-snapshot';

interface SnapshotRow {
  referral_id: string;
  patient_id: string;
  accepted_at: Date;
  off_label: boolean;
  patient: ReferralSnapshot['patient'];
  prescriber: ReferralSnapshot['prescriber'];
  order: ReferralSnapshot['order'];
  insurance: ReferralSnapshot['insurance'];
  labs: LabResult[];
  documents: DocumentReference[];
  no_authorization_reason: NoAuthorizationReason | null;
  cancelled_at: Date | null;
}

export interface StoredReferral extends ReferralSnapshot {
  noAuthorizationReason: NoAuthorizationReason | null;
}

const COLUMNS = `referral_id, patient_id, accepted_at, off_label, patient, prescriber, "order", insurance,
  labs, documents, no_authorization_reason, cancelled_at`;

/** The accepted referrals prior-auth keeps, one row each. */
@Injectable()
export class ReferralSnapshotRepository {
  /**
   * Keeps a referral unless it already is, and says whether it was new: an acceptance can reach
   * the service twice as two events, so the referral id, not the event, decides.
   */
  async addIfAbsent(
    manager: EntityManager,
    referral: ReferralSnapshot,
    noAuthorizationReason: NoAuthorizationReason | undefined,
    at: Date,
  ): Promise<boolean> {
    const inserted = await manager.query<unknown[]>(
      `INSERT INTO referral_snapshot (${COLUMNS}, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, NULL, $12)
       ON CONFLICT (referral_id) DO NOTHING
       RETURNING referral_id`,
      [
        referral.referralId,
        referral.patientId,
        referral.acceptedAt,
        referral.offLabel,
        JSON.stringify(referral.patient),
        JSON.stringify(referral.prescriber),
        JSON.stringify(referral.order),
        JSON.stringify(referral.insurance),
        JSON.stringify(referral.labs),
        JSON.stringify(referral.documents),
        noAuthorizationReason ?? null,
        at,
      ],
    );
    return inserted.length === 1;
  }

  async find(manager: EntityManager, referralId: string): Promise<StoredReferral | undefined> {
    return this.load(manager, referralId, '');
  }

  /** Loads and row-locks the referral, so additions to it take turns. */
  async lock(manager: EntityManager, referralId: string): Promise<StoredReferral | undefined> {
    return this.load(manager, referralId, ' FOR UPDATE');
  }

  /** A document arrived after acceptance; false when it is already kept. */
  async addDocument(
    manager: EntityManager,
    referralId: string,
    document: DocumentReference,
  ): Promise<boolean> {
    const [, updated] = await manager.query<[unknown[], number]>(
      `UPDATE referral_snapshot SET documents = documents || $2::jsonb
        WHERE referral_id = $1 AND NOT documents @> $3::jsonb`,
      [
        referralId,
        JSON.stringify([document]),
        JSON.stringify([{ documentId: document.documentId }]),
      ],
    );
    return updated === 1;
  }

  /** A lab arrived after acceptance, kept in the order it arrived. */
  async addLab(manager: EntityManager, referralId: string, lab: LabResult): Promise<void> {
    await manager.query(
      `UPDATE referral_snapshot SET labs = labs || $2::jsonb WHERE referral_id = $1`,
      [referralId, JSON.stringify([lab])],
    );
  }

  async markCancelled(manager: EntityManager, referralId: string, at: Date): Promise<void> {
    await manager.query(
      `UPDATE referral_snapshot SET cancelled_at = $2 WHERE referral_id = $1 AND cancelled_at IS NULL`,
      [referralId, at],
    );
  }

  private async load(
    manager: EntityManager,
    referralId: string,
    lock: string,
  ): Promise<StoredReferral | undefined> {
    const [row] = await manager.query<SnapshotRow[]>(
      `SELECT ${COLUMNS} FROM referral_snapshot WHERE referral_id = $1${lock}`,
      [referralId],
    );
    return row ? snapshotOf(row) : undefined;
  }
}

function snapshotOf(row: SnapshotRow): StoredReferral {
  return {
    referralId: row.referral_id,
    patientId: row.patient_id,
    acceptedAt: row.accepted_at,
    offLabel: row.off_label,
    patient: row.patient,
    prescriber: row.prescriber,
    order: row.order,
    insurance: row.insurance,
    labs: row.labs,
    documents: row.documents,
    noAuthorizationReason: row.no_authorization_reason,
    cancelledAt: row.cancelled_at,
  };
}
