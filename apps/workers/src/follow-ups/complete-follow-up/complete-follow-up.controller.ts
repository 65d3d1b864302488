import { Body, Controller, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Audited, Roles } from '@infuse/auth';
import { CurrentInvocation, ZodValidationPipe } from '@infuse/http';
import { type Invocation } from '@infuse/messaging';
import { z } from 'zod';
import { FOLLOW_UP_ACTIONS, FOLLOW_UP_RESOURCE } from '../follow-up-audit';
import { FollowUpIdPipe, mapFollowUpErrors } from '../http/follow-up-error.mapper';
import { type FollowUpView } from '../http/follow-up-view';
import { CompleteFollowUpUseCase } from './complete-follow-up.use-case';

const completeBody = new ZodValidationPipe(
  z.strictObject({ note: z.string().trim().min(1).max(2000) }),
);

@ApiTags('follow-ups')
@Controller('v1/follow-ups/:id/complete')
@Roles('intake_coordinator', 'pharmacist', 'admin')
export class CompleteFollowUpController {
  constructor(private readonly completeFollowUp: CompleteFollowUpUseCase) {}

  @Post()
  @HttpCode(HttpStatus.OK)
  @Audited({
    action: FOLLOW_UP_ACTIONS.complete,
    resourceType: FOLLOW_UP_RESOURCE,
    idParam: 'id',
    recordedInTransaction: true,
  })
  @ApiOkResponse({ description: 'The task, completed' })
  complete(
    @Param('id', FollowUpIdPipe) id: string,
    @Body(completeBody) body: { note: string },
    @CurrentInvocation() invocation: Invocation,
  ): Promise<FollowUpView> {
    return mapFollowUpErrors(() => this.completeFollowUp.execute(id, body.note, invocation));
  }
}
