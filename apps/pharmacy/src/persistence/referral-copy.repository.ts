import { Injectable } from '@nestjs/common';
import { type DocumentReference, type LabResult } from '@infuse/contracts';
import { type EntityManager } from 'typeorm';
import { type ReferralCopy } from '../domain/referral-copy';

interface ReferralCopyRow {
  referral_id: string;
  patient_id: string;
  status: ReferralCopy['status'];
  off_label: boolean;
  patient: ReferralCopy['patient'];
  prescriber: ReferralCopy['prescriber'];
  order: ReferralCopy['order'];
  insurance: ReferralCopy['insurance'];
  labs: LabResult[];
  documents: DocumentReference[];
}

const SELECT_COPY = `SELECT referral_id, patient_id, status, off_label, patient, prescriber, "order", insurance,
                            labs, documents
                       FROM referral_copy`;

/** Pharmacy's copies of accepted referrals, one row each, with their labs and documents. */
@Injectable()
export class ReferralCopyRepository {
  /** Keeps a copy unless one is kept already; says whether this one is new. */
  async addIfAbsent(
    manager: EntityManager,
    copy: ReferralCopy,
    acceptedAt: Date,
  ): Promise<boolean> {
    const inserted = await manager.query<unknown[]>(
      `INSERT INTO referral_copy (referral_id, patient_id, status, off_label, patient, prescriber, "order",
                                  insurance, labs, documents, accepted_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11)
       ON CONFLICT (referral_id) DO NOTHING
       RETURNING referral_id`,
      [
        copy.referralId,
        copy.patientId,
        copy.status,
        copy.offLabel,
        JSON.stringify(copy.patient),
        JSON.stringify(copy.prescriber),
        JSON.stringify(copy.order),
        JSON.stringify(copy.insurance),
        JSON.stringify(copy.labs),
        JSON.stringify(copy.documents),
        acceptedAt,
      ],
    );
    return inserted.length === 1;
  }

  async find(manager: EntityManager, referralId: string): Promise<ReferralCopy | undefined> {
    const [row] = await manager.query<ReferralCopyRow[]>(`${SELECT_COPY} WHERE referral_id = $1`, [
      referralId,
    ]);
    return row ? copyOf(row) : undefined;
  }

  /** Appends a lab or document that arrived later; false when pharmacy holds no copy. */
  async append(
    manager: EntityManager,
    referralId: string,
    addition: { lab: LabResult } | { document: DocumentReference },
    at: Date,
  ): Promise<boolean> {
    const column = 'lab' in addition ? 'labs' : 'documents';
    const item = 'lab' in addition ? addition.lab : addition.document;
    const updated = await manager.query<[unknown[], number]>(
      `UPDATE referral_copy SET ${column} = ${column} || jsonb_build_array($2::jsonb), updated_at = $3
        WHERE referral_id = $1`,
      [referralId, JSON.stringify(item), at],
    );
    return updated[1] === 1;
  }

  /** The referral was withdrawn: no order may be opened for it any more. */
  async markCancelled(manager: EntityManager, referralId: string, at: Date): Promise<boolean> {
    const updated = await manager.query<[unknown[], number]>(
      `UPDATE referral_copy SET status = 'cancelled', updated_at = $2
        WHERE referral_id = $1 AND status <> 'cancelled'`,
      [referralId, at],
    );
    return updated[1] === 1;
  }
}

function copyOf(row: ReferralCopyRow): ReferralCopy {
  return {
    referralId: row.referral_id,
    patientId: row.patient_id,
    status: row.status,
    offLabel: row.off_label,
    patient: row.patient,
    prescriber: row.prescriber,
    order: row.order,
    insurance: row.insurance,
    labs: row.labs,
    documents: row.documents,
  };
}
