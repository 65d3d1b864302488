import { Controller, Get, NotFoundException, Param, Req } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import {
  Audited,
  CallableBy,
  CurrentPrincipal,
  type InfuseRequest,
  type Principal,
  Roles,
} from '@infuse/auth';
import { ReferralIdPipe } from '../http/referral-id';
import { REFERRAL_ACTIONS, REFERRAL_RESOURCE } from '../referral-audit';
import { DocumentContentsQuery } from './document-contents.query';
import { mayRead } from './pharmacist-scope';

/** One document as the bulk read returns it: its bytes in base64, as PAS carries them inline. */
export interface DocumentContentView {
  documentId: string;
  type: string;
  title: string;
  contentType: string;
  contentBase64: string;
}

export interface DocumentContentsView {
  referralId: string;
  /** The patient the read is about: the audit row names them. */
  patientId: string;
  documents: DocumentContentView[];
}

@ApiTags('referrals')
@Controller('v1/referrals/:id/documents/contents')
export class DocumentContentsController {
  constructor(private readonly documentContents: DocumentContentsQuery) {}

  // Prior authorization sends every document inline to the payer (PAS): one read of them all
  // instead of one per document. The readers and their checks are those of the single
  // document's content, and the read is audited as one, with the referral and its patient.
  @Get()
  @Roles('intake_coordinator', 'pharmacist', 'admin', 'service')
  @CallableBy('prior-auth')
  @Audited({
    action: REFERRAL_ACTIONS.readDocument,
    resourceType: REFERRAL_RESOURCE,
    idParam: 'id',
  })
  @ApiOkResponse({ description: 'Every document of the referral as it was submitted, in base64' })
  async readAll(
    @Param('id', ReferralIdPipe) id: string,
    @Req() request: InfuseRequest,
    @CurrentPrincipal() principal: Principal,
  ): Promise<DocumentContentsView> {
    const found = await this.documentContents.execute(id);
    if (!found || !mayRead(principal, found.everAccepted))
      throw new NotFoundException(`No referral ${id}.`);
    request.auditPatientId = found.patientId;
    return {
      referralId: id,
      patientId: found.patientId,
      documents: found.documents.map((document) => ({
        documentId: document.documentId,
        type: document.type,
        title: document.title,
        contentType: document.contentType,
        contentBase64: document.content.toString('base64'),
      })),
    };
  }
}
