import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** One document of a referral with its stored bytes. */
export interface StoredDocument {
  documentId: string;
  type: string;
  title: string;
  contentType: string;
  content: Buffer;
}

export interface ReferralDocumentContents {
  /** Whose documents they are, for the audit log. */
  patientId: string;
  /** Intake accepted the referral at some point: pharmacists may read it then. */
  everAccepted: boolean;
  /** In the order they were added, as the referral and its accepted event list them. */
  documents: StoredDocument[];
}

type DocumentRow = { patient_id: string; ever_accepted: boolean } & (
  | { document_id: null }
  | { document_id: string; type: string; title: string; content_type: string; content: Buffer }
);

/** Every document of one referral with its bytes, in one read. */
@Injectable()
export class DocumentContentsQuery {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(referralId: string): Promise<ReferralDocumentContents | undefined> {
    // One row per document, or a single row without one for a referral that has none.
    const rows = await this.dataSource.query<DocumentRow[]>(
      `SELECT r.patient_id, d.id AS document_id, d.type, d.title, d.content_type, d.content,
              EXISTS (SELECT 1 FROM referral_status_change c
                       WHERE c.referral_id = r.id AND c.status = 'accepted') AS ever_accepted
         FROM referral r LEFT JOIN referral_document d ON d.referral_id = r.id
        WHERE r.id = $1
        ORDER BY d.position`,
      [referralId],
    );
    const [first] = rows;
    if (!first) return undefined;
    const documents = rows.flatMap((row): StoredDocument[] =>
      row.document_id === null
        ? []
        : [
            {
              documentId: row.document_id,
              type: row.type,
              title: row.title,
              contentType: row.content_type,
              content: row.content,
            },
          ],
    );
    return { patientId: first.patient_id, everAccepted: first.ever_accepted, documents };
  }
}
