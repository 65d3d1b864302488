import { Body, Controller, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Audited, Roles } from '@infuse/auth';
import { CurrentInvocation, ZodValidationPipe } from '@infuse/http';
import { z } from 'zod';
import { type Invocation } from '@infuse/messaging';
import { mapReferralErrors } from '../http/referral-error.mapper';
import { ReferralIdPipe } from '../http/referral-id';
import { REFERRAL_ACTIONS, REFERRAL_RESOURCE } from '../referral-audit';
import { type ReferralSummary } from '../referral-summary';
import { RejectReferralUseCase } from './reject-referral.use-case';

const rejection = new ZodValidationPipe(z.object({ reason: z.string().trim().min(1).max(500) }));

@ApiTags('referrals')
@Controller('v1/referrals/:id/reject')
@Roles('intake_coordinator', 'admin')
export class RejectReferralController {
  constructor(private readonly rejectReferral: RejectReferralUseCase) {}

  @Post()
  @HttpCode(HttpStatus.OK)
  @Audited({
    action: REFERRAL_ACTIONS.reject,
    resourceType: REFERRAL_RESOURCE,
    idParam: 'id',
    recordedInTransaction: true,
  })
  @ApiOkResponse({ description: 'The referral is rejected' })
  reject(
    @Param('id', ReferralIdPipe) id: string,
    @Body(rejection) { reason }: { reason: string },
    @CurrentInvocation() invocation: Invocation,
  ): Promise<ReferralSummary> {
    return mapReferralErrors(() => this.rejectReferral.execute(id, reason, invocation));
  }
}
