import { Controller, Get, NotFoundException, Param, Req } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Audited, type InfuseRequest, Roles } from '@infuse/auth';
import { AUTHORIZATION_ACTIONS, REFERRAL_COPY_RESOURCE } from '../authorization-audit';
import { ReferralIdPipe } from '../http/authorization-id';
import {
  type ReferralAuthorizations,
  ReferralAuthorizationsQuery,
} from './referral-authorizations.query';

@ApiTags('authorizations')
@Controller('v1/referrals/:referralId/authorizations')
@Roles('intake_coordinator', 'admin')
export class ReferralAuthorizationsController {
  constructor(private readonly referralAuthorizations: ReferralAuthorizationsQuery) {}

  @Get()
  @Audited({
    action: AUTHORIZATION_ACTIONS.readForReferral,
    resourceType: REFERRAL_COPY_RESOURCE,
    idParam: 'referralId',
  })
  @ApiOkResponse({
    description:
      "A referral's authorization requests, or why it needs none (an uninsured referral)",
  })
  async view(
    @Param('referralId', ReferralIdPipe) referralId: string,
    @Req() request: InfuseRequest,
  ): Promise<ReferralAuthorizations> {
    const referral = await this.referralAuthorizations.execute(referralId);
    if (!referral) throw new NotFoundException(`No accepted referral ${referralId}.`);
    request.auditPatientId = referral.patientId;
    return referral;
  }
}
