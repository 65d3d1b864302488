import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ReferralDocumentRecord } from '../persistence/referral-document.orm-entity';

export interface DocumentContent {
  contentType: string;
  content: Buffer;
}

/** The stored bytes of one document of one referral. */
@Injectable()
export class DocumentContentQuery {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(referralId: string, documentId: string): Promise<DocumentContent | undefined> {
    const document = await this.dataSource.manager.findOne(ReferralDocumentRecord, {
      where: { id: documentId, referralId },
      select: { id: true, contentType: true, content: true },
    });
    return document ? { contentType: document.contentType, content: document.content } : undefined;
  }
}
