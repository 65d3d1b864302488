import { Body, Controller, HttpCode, HttpStatus, Inject, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import { Audited, Roles } from '@infuse/auth';
import { parseOrThrow, CurrentInvocation } from '@infuse/http';
import { type Invocation } from '@infuse/messaging';
import { mapReferralErrors } from '../http/referral-error.mapper';
import { ReferralIdPipe } from '../http/referral-id.pipe';
import { intakeSettingsConfig, type IntakeSettings } from '../intake-settings.config';
import { REFERRAL_ACTIONS, REFERRAL_RESOURCE } from '../referral-audit';
import { type ReferralSummary } from '../referral-summary';
import { documentSchema } from '../submit-referral/referral-submission.schema';
import { AddDocumentUseCase } from './add-document.use-case';

@ApiTags('referrals')
@Controller('v1/referrals/:id/documents')
@Roles('intake_coordinator', 'admin')
export class AddDocumentController {
  private readonly schema: ReturnType<typeof documentSchema>;

  constructor(
    private readonly addDocument: AddDocumentUseCase,
    @Inject(intakeSettingsConfig.token) settings: IntakeSettings,
  ) {
    this.schema = documentSchema(settings);
  }

  @Post()
  @HttpCode(HttpStatus.CREATED)
  @Audited({
    action: REFERRAL_ACTIONS.addDocument,
    resourceType: REFERRAL_RESOURCE,
    idParam: 'id',
    recordedInTransaction: true,
  })
  @ApiCreatedResponse({ description: 'The document is stored and the referral judged again' })
  async add(
    @Param('id', ReferralIdPipe) id: string,
    @Body() body: unknown,
    @CurrentInvocation() invocation: Invocation,
  ): Promise<ReferralSummary & { documentId: string }> {
    const document = parseOrThrow(this.schema, body);
    return mapReferralErrors(() => this.addDocument.execute(id, document, invocation));
  }
}
