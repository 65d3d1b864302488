import { Body, Controller, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import { Audited, Roles } from '@infuse/auth';
import { CurrentInvocation } from '@infuse/http';
import { type Invocation } from '@infuse/messaging';
import { type DocumentInput } from '../domain/referral-input';
import { mapReferralErrors } from '../http/referral-error.mapper';
import { ReferralIdPipe } from '../http/referral-id';
import { REFERRAL_ACTIONS, REFERRAL_RESOURCE } from '../referral-audit';
import { type ReferralSummary } from '../referral-summary';
import { AddDocumentUseCase } from './add-document.use-case';
import { DocumentBodyPipe } from './document-body.pipe';

@ApiTags('referrals')
@Controller('v1/referrals/:id/documents')
@Roles('intake_coordinator', 'admin')
export class AddDocumentController {
  constructor(private readonly addDocument: AddDocumentUseCase) {}

  @Post()
  @HttpCode(HttpStatus.CREATED)
  @Audited({
    action: REFERRAL_ACTIONS.addDocument,
    resourceType: REFERRAL_RESOURCE,
    idParam: 'id',
    recordedInTransaction: true,
  })
  @ApiCreatedResponse({ description: 'The document is stored and the referral judged again' })
  add(
    @Param('id', ReferralIdPipe) id: string,
    @Body(DocumentBodyPipe) document: DocumentInput,
    @CurrentInvocation() invocation: Invocation,
  ): Promise<ReferralSummary & { documentId: string }> {
    return mapReferralErrors(() => this.addDocument.execute(id, document, invocation));
  }
}
