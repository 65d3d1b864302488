import { Body, Controller, Headers, HttpCode, HttpStatus, Post, Res } from '@nestjs/common';
import {
  ApiBody,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiHeader,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { Audited, Roles } from '@infuse/auth';
import { CurrentInvocation } from '@infuse/http';
import { type Invocation } from '@infuse/messaging';
import { type FastifyReply } from 'fastify';
import { idempotencyKeyOf } from '../http/idempotency-key';
import { mapReferralErrors } from '../http/referral-error.mapper';
import { requestHash } from '../http/request-hash';
import { REFERRAL_ACTIONS, REFERRAL_RESOURCE } from '../referral-audit';
import { type ReferralSummary } from '../referral-summary';
import { ReferralSubmissionParser } from './referral-submission.parser';
import { SubmitReferralUseCase } from './submit-referral.use-case';

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
  @Audited({
    action: REFERRAL_ACTIONS.create,
    resourceType: REFERRAL_RESOURCE,
    recordedInTransaction: true,
  })
  @ApiHeader({
    name: 'Idempotency-Key',
    required: false,
    description: 'Retrying with the same key and body returns the first response',
  })
  @ApiBody({
    description: 'A referral shaped like shared/fixtures/referrals/referral-pi-complete.json',
  })
  @ApiCreatedResponse({
    description:
      'Recorded: `accepted` when complete, otherwise `pending_documents` with what is missing',
  })
  @ApiConflictResponse({ description: 'An open referral exists for this patient and therapy' })
  @ApiUnprocessableEntityResponse({
    description: 'The Idempotency-Key was used with a different body',
  })
  async submit(
    @Body() body: unknown,
    @Headers('idempotency-key') idempotencyHeader: string | undefined,
    @CurrentInvocation() invocation: Invocation,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ReferralSummary> {
    const key = idempotencyKeyOf(idempotencyHeader);
    const submission = this.parser.parse(body);
    const idempotent = key
      ? { subject: invocation.actor.subject, key, requestHash: requestHash(body) }
      : undefined;
    const { summary, replayed } = await mapReferralErrors(() =>
      this.submitReferral.execute(submission, invocation, idempotent),
    );
    if (replayed) reply.header('Idempotent-Replayed', 'true');
    return summary;
  }
}
