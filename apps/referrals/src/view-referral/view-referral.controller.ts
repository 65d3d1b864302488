import { Controller, Get, NotFoundException, Param, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Audited, Roles } from '@infuse/auth';
import { ReferralIdPipe } from '../http/referral-id.pipe';
import { DocumentContentQuery } from './document-content.query';
import { type ReferralView, ViewReferralQuery } from './view-referral.query';

@ApiTags('referrals')
@Controller('v1/referrals/:id')
@Roles('intake_coordinator', 'admin')
export class ViewReferralController {
  constructor(
    private readonly viewReferral: ViewReferralQuery,
    private readonly documentContent: DocumentContentQuery,
  ) {}

  @Get()
  @Audited({ action: 'referral.read', resourceType: 'referral', idParam: 'id' })
  @ApiOkResponse({
    description: 'The referral with its labs, document references and status history',
  })
  async view(@Param('id', ReferralIdPipe) id: string): Promise<ReferralView> {
    const referral = await this.viewReferral.execute(id);
    if (!referral) throw new NotFoundException(`No referral ${id}.`);
    return referral;
  }

  @Get('documents/:documentId/content')
  @Audited({ action: 'referral.document.read', resourceType: 'referral', idParam: 'id' })
  @ApiOkResponse({ description: 'The document as it was submitted' })
  async readDocument(
    @Param('id', ReferralIdPipe) id: string,
    @Param('documentId', ReferralIdPipe) documentId: string,
  ): Promise<StreamableFile> {
    const document = await this.documentContent.execute(id, documentId);
    if (!document) throw new NotFoundException(`No document ${documentId} on referral ${id}.`);
    return new StreamableFile(document.content, {
      type: document.contentType,
      disposition: `attachment; filename="${documentId}"`,
    });
  }
}
