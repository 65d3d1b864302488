import { Controller, Get, NotFoundException, Param, Req, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import {
  Audited,
  CallableBy,
  CurrentPrincipal,
  type InfuseRequest,
  type Principal,
  Roles,
} from '@infuse/auth';
import { REFERRAL_ACTIONS, REFERRAL_RESOURCE } from '../referral-audit';
import { DocumentIdPipe, ReferralIdPipe } from '../http/referral-id';
import { DocumentContentQuery } from './document-content.query';
import { mayRead } from './pharmacist-scope';
import { everAccepted, type ReferralView, ViewReferralQuery } from './view-referral.query';

@ApiTags('referrals')
// Pharmacists read a referral and its documents to check the prescription they verify against:
// read-only (no other referral route admits them) and audited like every read.
@Controller('v1/referrals/:id')
@Roles('intake_coordinator', 'pharmacist', 'admin')
export class ViewReferralController {
  constructor(
    private readonly viewReferral: ViewReferralQuery,
    private readonly documentContent: DocumentContentQuery,
  ) {}

  @Get()
  @Audited({ action: REFERRAL_ACTIONS.read, resourceType: REFERRAL_RESOURCE, idParam: 'id' })
  @ApiOkResponse({
    description: 'The referral with its labs, document references and status history',
  })
  async view(
    @Param('id', ReferralIdPipe) id: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<ReferralView> {
    const referral = await this.viewReferral.execute(id);
    // A referral a pharmacist may not read answers as one that does not exist.
    if (!referral || !mayRead(principal, everAccepted(referral)))
      throw new NotFoundException(`No referral ${id}.`);
    return referral;
  }

  // Prior authorization sends each document inline to the payer (PAS), so it reads them here
  // with its own identity.
  @Get('documents/:documentId/content')
  @Roles('intake_coordinator', 'pharmacist', 'admin', 'service')
  @CallableBy('prior-auth')
  @Audited({
    action: REFERRAL_ACTIONS.readDocument,
    resourceType: REFERRAL_RESOURCE,
    idParam: 'id',
  })
  @ApiOkResponse({ description: 'The document as it was submitted' })
  async readDocument(
    @Param('id', ReferralIdPipe) id: string,
    @Param('documentId', DocumentIdPipe) documentId: string,
    @Req() request: InfuseRequest,
    @CurrentPrincipal() principal: Principal,
  ): Promise<StreamableFile> {
    const document = await this.documentContent.execute(id, documentId);
    if (!document || !mayRead(principal, document.everAccepted))
      throw new NotFoundException(`No document ${documentId} on referral ${id}.`);
    request.auditPatientId = document.patientId;
    return new StreamableFile(document.content, {
      type: document.contentType,
      disposition: `attachment; filename="${documentId}"`,
    });
  }
}
