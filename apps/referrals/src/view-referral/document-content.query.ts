import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

export interface DocumentContent {
  /** Whose document it is, for the audit log. */
  patientId: string;
  contentType: string;
  content: Buffer;
  /** Intake accepted its referral at some point: pharmacists may read it then. */
  everAccepted: boolean;
}

/** The stored bytes of one document of one referral. */
@Injectable()
export class DocumentContentQuery {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(referralId: string, documentId: string): Promise<DocumentContent | undefined> {
    const [document] = await this.dataSource.query<
      { patient_id: string; content_type: string; content: Buffer; ever_accepted: boolean }[]
    >(
      `SELECT r.patient_id, d.content_type, d.content,
              EXISTS (SELECT 1 FROM referral_status_change c
                       WHERE c.referral_id = r.id AND c.status = 'accepted') AS ever_accepted
         FROM referral_document d JOIN referral r ON r.id = d.referral_id
        WHERE d.id = $1 AND d.referral_id = $2`,
      [documentId, referralId],
    );
    return document
      ? {
          patientId: document.patient_id,
          contentType: document.content_type,
          content: document.content,
          everAccepted: document.ever_accepted,
        }
      : undefined;
  }
}
