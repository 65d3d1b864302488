import { Injectable } from '@nestjs/common';
import {
  type DocumentReference,
  type DocumentType,
  type LabCode,
  type LabResult,
} from '@infuse/contracts';
import { type EntityManager } from 'typeorm';
import { type ReferralChange, Referral } from '../domain/referral.aggregate';
import { type ReferralContents } from '../domain/referral-completeness';
import { classifyDiagnosis } from '../domain/diagnosis';
import {
  type ReferralDocumentInput,
  type ReferralLabInput,
} from '../submit-referral/referral-submission.schema';
import { ReferralDocumentRecord } from './referral-document.orm-entity';
import { ReferralLabRecord } from './referral-lab.orm-entity';
import { ReferralStatusChangeRecord } from './referral-status-change.orm-entity';
import { ReferralRecord } from './referral.orm-entity';

/** A referral locked for a change, with the aggregate that guards it. */
export interface LockedReferral {
  record: ReferralRecord;
  referral: Referral;
}

const STATUS_OF_CHANGE = {
  'documents-requested': 'pending_documents',
  accepted: 'accepted',
  rejected: 'rejected',
  cancelled: 'cancelled',
} as const;

/** Reads and writes referrals, their labs, documents and status history within a transaction. */
@Injectable()
export class ReferralRepository {
  /** Loads and row-locks a referral, so changes to one referral take turns. */
  async lockForChange(manager: EntityManager, id: string): Promise<LockedReferral | undefined> {
    const record = await manager.findOne(ReferralRecord, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!record) return undefined;
    return { record, referral: Referral.restore(record.id, record.status, record.missing) };
  }

  async insertLabs(
    manager: EntityManager,
    referralId: string,
    labs: readonly ReferralLabInput[],
    addedBy: string,
  ): Promise<void> {
    if (labs.length === 0) return;
    await manager.insert(
      ReferralLabRecord,
      labs.map((lab) => ({
        referralId,
        code: lab.code,
        value: String(lab.value),
        unit: lab.unit,
        collectedOn: lab.collectedOn,
        addedBy,
      })),
    );
  }

  /** Stores documents in one statement and returns their references, in the order given. */
  async insertDocuments(
    manager: EntityManager,
    referralId: string,
    documents: readonly ReferralDocumentInput[],
    addedBy: string,
  ): Promise<DocumentReference[]> {
    if (documents.length === 0) return [];
    const rows = documents.map((document) => {
      const content = Buffer.from(document.contentBase64, 'base64');
      return {
        referralId,
        type: document.type,
        title: document.title,
        contentType: document.contentType,
        sizeBytes: content.length,
        content,
        addedBy,
      };
    });
    const inserted = await manager.insert(ReferralDocumentRecord, rows);
    return rows.map((row, index) => ({
      documentId: (inserted.identifiers[index] as { id: string }).id,
      type: row.type,
      title: row.title,
      contentType: row.contentType,
      sizeBytes: row.sizeBytes,
    }));
  }

  /** What completeness is judged on: the diagnosis, plan, documents and labs as stored now. */
  async contentsOf(manager: EntityManager, record: ReferralRecord): Promise<ReferralContents> {
    const [documents, labs] = await Promise.all([
      this.documentsOf(manager, record.id),
      this.labsOf(manager, record.id),
    ]);
    return {
      diagnosis: classifyDiagnosis(record.diagnosisCode),
      planType: record.submission.insurance.planType,
      newStart: record.submission.order.newStart,
      submittedOn: record.submittedOn,
      documentTypes: documents.map((document) => document.type),
      labs,
    };
  }

  async documentsOf(manager: EntityManager, referralId: string): Promise<DocumentReference[]> {
    const rows = await manager.find(ReferralDocumentRecord, {
      where: { referralId },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    return rows.map((row) => ({
      documentId: row.id,
      type: row.type as DocumentType,
      title: row.title,
      contentType: row.contentType as DocumentReference['contentType'],
      sizeBytes: row.sizeBytes,
    }));
  }

  async labsOf(manager: EntityManager, referralId: string): Promise<LabResult[]> {
    const rows = await manager.find(ReferralLabRecord, {
      where: { referralId },
      order: { collectedOn: 'ASC', createdAt: 'ASC' },
    });
    return rows.map((row) => ({
      code: row.code as LabCode,
      value: Number(row.value),
      unit: row.unit as LabResult['unit'],
      collectedOn: row.collectedOn,
    }));
  }

  /** Stores the aggregate's new state and one status-history row per change. */
  async saveChanges(
    manager: EntityManager,
    locked: LockedReferral,
    changes: readonly ReferralChange[],
    changedBy: string,
  ): Promise<void> {
    const { record, referral } = locked;
    record.status = referral.status;
    record.missing = [...referral.missing];
    await manager.update(
      ReferralRecord,
      { id: record.id },
      { status: record.status, missing: record.missing, updatedAt: new Date() },
    );
    await this.recordHistory(manager, record.id, changes, changedBy);
  }

  /** One status-history row per change. */
  async recordHistory(
    manager: EntityManager,
    referralId: string,
    changes: readonly ReferralChange[],
    changedBy: string,
  ): Promise<void> {
    if (changes.length === 0) return;
    await manager.insert(
      ReferralStatusChangeRecord,
      changes.map((change) => ({
        referralId,
        status: STATUS_OF_CHANGE[change.kind],
        missing: change.kind === 'documents-requested' ? change.missing : [],
        reason:
          change.kind === 'rejected' || change.kind === 'cancelled'
            ? (change.reason ?? null)
            : null,
        changedBy,
      })),
    );
  }
}
