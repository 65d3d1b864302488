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
import { CancelReferralUseCase } from './cancel-referral.use-case';

// The body is optional: a cancellation may come without a stated reason.
const cancellation = new ZodValidationPipe(
  z.preprocess(
    (body) => body ?? {},
    z.object({ reason: z.string().trim().min(1).max(500).optional() }),
  ),
);

@ApiTags('referrals')
@Controller('v1/referrals/:id/cancel')
@Roles('intake_coordinator', 'admin')
export class CancelReferralController {
  constructor(private readonly cancelReferral: CancelReferralUseCase) {}

  @Post()
  @HttpCode(HttpStatus.OK)
  @Audited({
    action: REFERRAL_ACTIONS.cancel,
    resourceType: REFERRAL_RESOURCE,
    idParam: 'id',
    recordedInTransaction: true,
  })
  @ApiOkResponse({ description: 'The referral is cancelled' })
  cancel(
    @Param('id', ReferralIdPipe) id: string,
    @Body(cancellation) { reason }: { reason?: string },
    @CurrentInvocation() invocation: Invocation,
  ): Promise<ReferralSummary> {
    return mapReferralErrors(() => this.cancelReferral.execute(id, reason, invocation));
  }
}
