import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Audited, Roles } from '@infuse/auth';
import { CurrentInvocation } from '@infuse/http';
import { type Invocation } from '@infuse/messaging';
import { ASSISTANCE_ACTIONS, ASSISTANCE_CASE_RESOURCE } from '../assistance-audit';
import { CaseIdPipe } from '../http/case-id';
import { CaseResponses } from '../http/case-responses';
import { type CaseView } from '../view-case/case-view';
import { ConsentBodyPipe, type ConsentInput } from './consent-body.pipe';
import { RecordConsentUseCase } from './record-consent.use-case';

@ApiTags('assistance-cases')
@Controller('v1/assistance-cases/:id/consent')
@Roles('intake_coordinator', 'admin')
export class RecordConsentController {
  constructor(
    private readonly recordConsent: RecordConsentUseCase,
    private readonly responses: CaseResponses,
  ) {}

  @Post()
  @HttpCode(200)
  @Audited({
    action: ASSISTANCE_ACTIONS.recordConsent,
    resourceType: ASSISTANCE_CASE_RESOURCE,
    idParam: 'id',
    recordedInTransaction: true,
  })
  @ApiOkResponse({
    description: 'The case with the consent; a case awaiting only it goes on to enrol',
  })
  async record(
    @Param('id', CaseIdPipe) id: string,
    @Body(ConsentBodyPipe) consent: ConsentInput,
    @CurrentInvocation() invocation: Invocation,
  ): Promise<CaseView> {
    return this.responses.after(id, () => this.recordConsent.execute(id, consent, invocation));
  }
}
