import { Body, Controller, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Audited, Roles } from '@infuse/auth';
import { CurrentInvocation, ZodValidationPipe } from '@infuse/http';
import { type Invocation } from '@infuse/messaging';
import { z } from 'zod';
import { FOLLOW_UP_ACTIONS, FOLLOW_UP_RESOURCE } from '../follow-up-audit';
import { FollowUpIdPipe, mapFollowUpErrors } from '../http/follow-up-error.mapper';
import { type FollowUpView } from '../http/follow-up-view';
import { SnoozeFollowUpUseCase } from './snooze-follow-up.use-case';

const snoozeBody = new ZodValidationPipe(
  z.strictObject({ until: z.iso.datetime({ offset: true }) }),
);

@ApiTags('follow-ups')
@Controller('v1/follow-ups/:id/snooze')
@Roles('intake_coordinator', 'pharmacist', 'admin')
export class SnoozeFollowUpController {
  constructor(private readonly snoozeFollowUp: SnoozeFollowUpUseCase) {}

  @Post()
  @HttpCode(HttpStatus.OK)
  @Audited({
    action: FOLLOW_UP_ACTIONS.snooze,
    resourceType: FOLLOW_UP_RESOURCE,
    idParam: 'id',
    recordedInTransaction: true,
  })
  @ApiOkResponse({ description: 'The task, due again at the given time' })
  snooze(
    @Param('id', FollowUpIdPipe) id: string,
    @Body(snoozeBody) body: { until: string },
    @CurrentInvocation() invocation: Invocation,
  ): Promise<FollowUpView> {
    return mapFollowUpErrors(() =>
      this.snoozeFollowUp.execute(id, new Date(body.until), invocation),
    );
  }
}
