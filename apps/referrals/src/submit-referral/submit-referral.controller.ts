import { Body, Controller, HttpCode, HttpStatus, Post, Res } from '@nestjs/common';
import { ApiBody, ApiConflictResponse, ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import { Audited, Roles } from '@infuse/auth';
import {
  CurrentInvocation,
  IdempotencyKey,
  Idempotent,
  type IdempotentRequest,
} from '@infuse/http';
import { type Invocation } from '@infuse/messaging';
import { type FastifyReply } from 'fastify';
import { type ReferralInput } from '../domain/referral-input';
import { mapReferralErrors } from '../http/referral-error.mapper';
import { REFERRAL_ACTIONS, REFERRAL_RESOURCE } from '../referral-audit';
import { type ReferralSummary } from '../referral-summary';
import { SubmissionBodyPipe } from './submission-body.pipe';
import { SubmitReferralUseCase } from './submit-referral.use-case';

@ApiTags('referrals')
@Controller('v1/referrals')
@Roles('intake_coordinator', 'admin')
export class SubmitReferralController {
  constructor(private readonly submitReferral: SubmitReferralUseCase) {}

  @Post()
  @HttpCode(HttpStatus.CREATED)
  @Audited({
    action: REFERRAL_ACTIONS.create,
    resourceType: REFERRAL_RESOURCE,
    recordedInTransaction: true,
  })
  @Idempotent()
  @ApiBody({
    description: 'A referral shaped like shared/fixtures/referrals/referral-pi-complete.json',
  })
  @ApiCreatedResponse({
    description:
      'Recorded: `accepted` when complete, otherwise `pending_documents` with what is missing',
  })
  @ApiConflictResponse({ description: 'An open referral exists for this patient and therapy' })
  async submit(
    @IdempotencyKey() idempotent: IdempotentRequest | undefined,
    @Body(SubmissionBodyPipe) referral: ReferralInput,
    @CurrentInvocation() invocation: Invocation,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ReferralSummary> {
    const { summary, replayed } = await mapReferralErrors(() =>
      this.submitReferral.execute(referral, invocation, idempotent),
    );
    if (replayed) reply.header('Idempotent-Replayed', 'true');
    return summary;
  }
}
