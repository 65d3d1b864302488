import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ReferralDocumentRecord } from '../persistence/referral-document.orm-entity';
import { ReferralRecord } from '../persistence/referral.orm-entity';
import { type StoredSubmission } from '../persistence/stored-submission';

export interface ReferralView extends StoredSubmission {
  id: string;
  patientId: string;
  status: string;
  documents: { id: string; type: string; title: string; contentType: string; sizeBytes: number }[];
  createdAt: string;
  updatedAt: string;
}

/** One referral as an intake coordinator reads it; document contents are fetched separately. */
@Injectable()
export class ViewReferralQuery {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(id: string): Promise<ReferralView | undefined> {
    const referral = await this.dataSource.manager.findOne(ReferralRecord, { where: { id } });
    if (!referral) return undefined;
    const documents = await this.dataSource.manager.find(ReferralDocumentRecord, {
      where: { referralId: id },
      order: { createdAt: 'ASC' },
    });
    return {
      id: referral.id,
      patientId: referral.patientId,
      status: referral.status,
      ...referral.submission,
      documents: documents.map(({ id: documentId, type, title, contentType, sizeBytes }) => ({
        id: documentId,
        type,
        title,
        contentType,
        sizeBytes,
      })),
      createdAt: referral.createdAt.toISOString(),
      updatedAt: referral.updatedAt.toISOString(),
    };
  }
}
