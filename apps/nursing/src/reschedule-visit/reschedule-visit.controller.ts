import { Body, Controller, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Audited, Roles } from '@infuse/auth';
import { isIsoDate } from '@infuse/clinical';
import { CurrentInvocation, ZodValidationPipe } from '@infuse/http';
import { type Invocation } from '@infuse/messaging';
import { z } from 'zod';
import { type VisitChangeResult } from '../assign-visit/visit-change.runner';
import { mapVisitErrors } from '../http/visit-error.mapper';
import { VisitIdPipe } from '../http/visit-id';
import { NURSING_ACTIONS, VISIT_RESOURCE } from '../nursing-audit';
import { type Rescheduling, RescheduleVisitUseCase } from './reschedule-visit.use-case';

const reschedulingBody = new ZodValidationPipe(
  z.strictObject({
    date: z.string().refine(isIsoDate, 'expected a calendar date, YYYY-MM-DD'),
    reason: z.string().trim().min(1).max(500),
  }),
);

@ApiTags('visits')
@Controller('v1/visits/:id/reschedule')
@Roles('admin', 'intake_coordinator')
export class RescheduleVisitController {
  constructor(private readonly rescheduleVisit: RescheduleVisitUseCase) {}

  @Post()
  @HttpCode(HttpStatus.OK)
  @Audited({
    action: NURSING_ACTIONS.reschedule,
    resourceType: VISIT_RESOURCE,
    idParam: 'id',
    recordedInTransaction: true,
  })
  @ApiOkResponse({ description: 'The visit summary on its new day' })
  reschedule(
    @Param('id', VisitIdPipe) id: string,
    @Body(reschedulingBody) move: Rescheduling,
    @CurrentInvocation() invocation: Invocation,
  ): Promise<VisitChangeResult> {
    return mapVisitErrors(() => this.rescheduleVisit.execute(id, move, invocation));
  }
}
