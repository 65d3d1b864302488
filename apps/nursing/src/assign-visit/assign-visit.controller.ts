import { Body, Controller, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Audited, Roles } from '@infuse/auth';
import { CurrentInvocation, ZodValidationPipe } from '@infuse/http';
import { type Invocation } from '@infuse/messaging';
import { z } from 'zod';
import { mapVisitErrors } from '../http/visit-error.mapper';
import { VisitIdPipe } from '../http/visit-id';
import { NURSING_ACTIONS, VISIT_RESOURCE } from '../nursing-audit';
import { AssignVisitUseCase } from './assign-visit.use-case';
import { type VisitChangeResult } from './visit-change.runner';

const assignmentBody = new ZodValidationPipe(
  z.strictObject({ nurseId: z.string().trim().min(1).max(200) }),
);

@ApiTags('visits')
@Controller('v1/visits/:id/assign')
@Roles('admin', 'intake_coordinator')
export class AssignVisitController {
  constructor(private readonly assignVisit: AssignVisitUseCase) {}

  @Post()
  @HttpCode(HttpStatus.OK)
  @Audited({
    action: NURSING_ACTIONS.assign,
    resourceType: VISIT_RESOURCE,
    idParam: 'id',
    recordedInTransaction: true,
  })
  @ApiOkResponse({ description: 'The visit summary with its nurse' })
  assign(
    @Param('id', VisitIdPipe) id: string,
    @Body(assignmentBody) body: { nurseId: string },
    @CurrentInvocation() invocation: Invocation,
  ): Promise<VisitChangeResult> {
    return mapVisitErrors(() => this.assignVisit.execute(id, body.nurseId, invocation));
  }
}
