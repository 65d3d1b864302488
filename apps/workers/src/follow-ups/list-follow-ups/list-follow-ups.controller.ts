import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiQuery, ApiTags } from '@nestjs/swagger';
import { Audited, Roles } from '@infuse/auth';
import { FOLLOW_UP_KINDS } from '@infuse/contracts';
import {
  ApiPageQuery,
  CurrentInvocation,
  type Page,
  pageQuery,
  ZodValidationPipe,
} from '@infuse/http';
import { type Invocation } from '@infuse/messaging';
import { z } from 'zod';
import { kindsFor } from '../domain/follow-up-access';
import { FOLLOW_UP_STATUSES } from '../domain/follow-up-task';
import { FOLLOW_UP_ACTIONS, FOLLOW_UP_RESOURCE } from '../follow-up-audit';
import { type FollowUpView } from '../http/follow-up-view';
import { FOLLOW_UP_CURSOR, type FollowUpFilter, ListFollowUpsQuery } from './list-follow-ups.query';

const listQuery = new ZodValidationPipe(
  z.strictObject({
    status: z.enum(FOLLOW_UP_STATUSES).optional(),
    kind: z.enum(FOLLOW_UP_KINDS).optional(),
    patientId: z.uuid().optional(),
    ...pageQuery(FOLLOW_UP_CURSOR),
  }),
);

@ApiTags('follow-ups')
@Controller('v1/follow-ups')
@Roles('intake_coordinator', 'pharmacist', 'admin')
export class ListFollowUpsController {
  constructor(private readonly listFollowUps: ListFollowUpsQuery) {}

  @Get()
  @Audited({ action: FOLLOW_UP_ACTIONS.list, resourceType: FOLLOW_UP_RESOURCE })
  @ApiQuery({ name: 'status', required: false, enum: FOLLOW_UP_STATUSES })
  @ApiQuery({ name: 'kind', required: false, enum: FOLLOW_UP_KINDS })
  @ApiQuery({ name: 'patientId', required: false })
  @ApiPageQuery()
  @ApiOkResponse({
    description: 'A page of tasks, soonest due first; pharmacists see the clinical kinds',
  })
  list(
    @Query(listQuery) filter: FollowUpFilter,
    @CurrentInvocation() invocation: Invocation,
  ): Promise<Page<FollowUpView>> {
    return this.listFollowUps.execute(filter, kindsFor(invocation.actor.role));
  }
}
