import { Body, Controller, HttpCode, HttpStatus, Post } from '@nestjs/common';
import { ApiBody, ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import { Audited, CurrentPrincipal, type Principal, Roles } from '@infuse/auth';
import { ReferralSubmissionParser } from './referral-submission.parser';
import { type SubmittedReferral, SubmitReferralUseCase } from './submit-referral.use-case';

@ApiTags('referrals')
@Controller('v1/referrals')
@Roles('intake_coordinator', 'admin')
export class SubmitReferralController {
  constructor(
    private readonly parser: ReferralSubmissionParser,
    private readonly submitReferral: SubmitReferralUseCase,
  ) {}

  @Post()
  @HttpCode(HttpStatus.CREATED)
  @Audited({ action: 'referral.create', resourceType: 'referral' })
  @ApiBody({
    description: 'A referral shaped like shared/fixtures/referrals/referral-pi-complete.json',
  })
  @ApiCreatedResponse({ description: 'The referral was recorded' })
  async submit(
    @Body() body: unknown,
    @CurrentPrincipal() principal: Principal,
  ): Promise<SubmittedReferral> {
    return this.submitReferral.execute(this.parser.parse(body), principal.subject);
  }
}
