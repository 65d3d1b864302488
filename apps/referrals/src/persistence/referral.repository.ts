import { Injectable } from '@nestjs/common';
import { type DocumentReference, type LabResult } from '@infuse/contracts';
import { type EntityManager } from 'typeorm';
import { type ReferralChange, Referral, type ReferralStatus } from '../domain/referral.aggregate';
import { type ReferralParticulars } from '../domain/referral-input';

/** Who made a change, and when: written beside every row it adds. */
export interface ChangeStamp {
  by: string;
  at: Date;
}

interface ReferralRow {
  id: string;
  patient_id: string;
  status: ReferralStatus;
  missing: string[];
  off_label: boolean;
  submission: ReferralParticulars;
  submitted_on: string;
  submitted_by: string;
  created_at: Date;
  labs: LabResult[];
  documents: DocumentReference[];
}

const STATUS_OF_CHANGE: Partial<Record<ReferralChange['kind'], ReferralStatus>> = {
  'documents-requested': 'pending_documents',
  accepted: 'accepted',
  rejected: 'rejected',
  cancelled: 'cancelled',
};

// A referral with its labs and documents in the order they were added: the one reading of them,
// for changes and for the read model alike.
const SELECT_REFERRAL = `
  SELECT r.id, r.patient_id, r.status, r.missing, r.off_label, r.submission, r.submitted_on::text,
         r.submitted_by, r.created_at,
         COALESCE((SELECT json_agg(json_build_object('code', l.code, 'value', l.value, 'unit', l.unit,
                                                     'collectedOn', l.collected_on) ORDER BY l.position)
                     FROM referral_lab l WHERE l.referral_id = r.id), '[]') AS labs,
         COALESCE((SELECT json_agg(json_build_object('documentId', d.id, 'type', d.type, 'title', d.title,
                                                     'contentType', d.content_type, 'sizeBytes', d.size_bytes)
                                   ORDER BY d.position)
                     FROM referral_document d WHERE d.referral_id = r.id), '[]') AS documents
    FROM referral r WHERE r.id = $1`;

// What a change adds besides the referral row: labs, documents and status history, each from a
// JSON array, in the statement that writes the referral, so a save is one round trip.
const ADD_ATTACHMENTS_AND_HISTORY = `
  labs AS (
    INSERT INTO referral_lab (referral_id, position, code, value, unit, collected_on, added_by, created_at)
    SELECT $1, l.position, l.code, l.value, l.unit, l.collected_on, $2, $3
      FROM jsonb_to_recordset($4::jsonb) AS l(position integer, code text, value numeric, unit text, collected_on date)),
  documents AS (
    INSERT INTO referral_document (id, referral_id, position, type, title, content_type, size_bytes, content, added_by, created_at)
    SELECT d.id, $1, d.position, d.type, d.title, d.content_type, d.size_bytes, decode(d.content, 'base64'), $2, $3
      FROM jsonb_to_recordset($5::jsonb)
        AS d(id uuid, position integer, type text, title text, content_type text, size_bytes integer, content text)),
  history AS (
    INSERT INTO referral_status_change (referral_id, status, missing, reason, changed_by, changed_at)
    SELECT $1, h.status, h.missing, h.reason, $2, $3
      FROM jsonb_to_recordset($6::jsonb) AS h(status text, missing text[], reason text))`;

/** Reads and writes referrals whole: the row, its labs, documents and status history. */
@Injectable()
export class ReferralRepository {
  /** Loads and row-locks a referral, so changes to one referral take turns. */
  async lockForChange(manager: EntityManager, id: string): Promise<Referral | undefined> {
    return this.load(manager, id, ' FOR UPDATE OF r');
  }

  async find(manager: EntityManager, id: string): Promise<Referral | undefined> {
    return this.load(manager, id, '');
  }

  /** Stores a newly received referral with everything it came with. */
  async add(manager: EntityManager, referral: Referral): Promise<void> {
    const { particulars } = referral;
    await manager.query(
      `WITH referral_row AS (
         INSERT INTO referral (id, patient_id, status, missing, off_label, therapy, diagnosis_code,
                               submitted_on, submission, submitted_by, created_at, updated_at)
         VALUES ($1, $7, $8, $9, $10, $11, $12, $13, $14, $2, $3, $3)),
       ${ADD_ATTACHMENTS_AND_HISTORY}
       SELECT 1`,
      [
        ...this.additions(referral, { by: referral.submittedBy, at: referral.receivedAt }),
        referral.patientId,
        referral.status,
        referral.missing,
        referral.offLabel,
        particulars.order.therapy,
        particulars.order.diagnosisCode,
        referral.submittedOn,
        JSON.stringify(particulars),
      ],
    );
  }

  /** Stores what changed in a loaded referral: its state, and what was added to it. */
  async save(manager: EntityManager, referral: Referral, stamp: ChangeStamp): Promise<void> {
    await manager.query(
      `WITH referral_row AS (
         UPDATE referral SET status = $7, missing = $8, updated_at = $3 WHERE id = $1),
       ${ADD_ATTACHMENTS_AND_HISTORY}
       SELECT 1`,
      [...this.additions(referral, stamp), referral.status, referral.missing],
    );
  }

  private additions(referral: Referral, stamp: ChangeStamp): unknown[] {
    const firstNew = (all: readonly unknown[], added: readonly unknown[]) =>
      all.length - added.length;
    const labStart = firstNew(referral.labs, referral.newLabs);
    const documentStart = firstNew(referral.documents, referral.newDocuments);
    return [
      referral.id,
      stamp.by,
      stamp.at,
      JSON.stringify(
        referral.newLabs.map((lab, index) => ({
          position: labStart + index,
          code: lab.code,
          value: lab.value,
          unit: lab.unit,
          collected_on: lab.collectedOn,
        })),
      ),
      JSON.stringify(
        referral.newDocuments.map((document, index) => ({
          id: document.documentId,
          position: documentStart + index,
          type: document.type,
          title: document.title,
          content_type: document.contentType,
          size_bytes: document.sizeBytes,
          content: base64Of(document.content),
        })),
      ),
      JSON.stringify(referral.changes.flatMap(historyRowOf)),
    ];
  }

  private async load(
    manager: EntityManager,
    id: string,
    lock: string,
  ): Promise<Referral | undefined> {
    const [row] = await manager.query<ReferralRow[]>(`${SELECT_REFERRAL}${lock}`, [id]);
    if (!row) return undefined;
    return Referral.restore({
      id: row.id,
      patientId: row.patient_id,
      status: row.status,
      missing: row.missing,
      offLabel: row.off_label,
      particulars: row.submission,
      submittedOn: row.submitted_on,
      submittedBy: row.submitted_by,
      receivedAt: row.created_at,
      labs: row.labs,
      documents: row.documents,
    });
  }
}

function historyRowOf(change: ReferralChange) {
  const status = STATUS_OF_CHANGE[change.kind];
  if (!status) return [];
  return [
    {
      status,
      missing: change.kind === 'documents-requested' ? change.missing : [],
      reason:
        change.kind === 'rejected' || change.kind === 'cancelled' ? (change.reason ?? null) : null,
    },
  ];
}

// A view of the bytes, not a copy: documents may be megabytes.
function base64Of(content: Uint8Array): string {
  return Buffer.from(content.buffer, content.byteOffset, content.byteLength).toString('base64');
}
