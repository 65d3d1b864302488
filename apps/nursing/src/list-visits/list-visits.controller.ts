import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiQuery, ApiTags } from '@nestjs/swagger';
import { Audited, CurrentPrincipal, type Principal, Roles } from '@infuse/auth';
import { ApiPageQuery, type Page, pageQuery, ZodValidationPipe } from '@infuse/http';
import { isIsoDate } from '@infuse/clinical';
import { VISIT_STATUSES } from '../domain/visit-statuses';
import { NURSING_ACTIONS, VISIT_RESOURCE } from '../nursing-audit';
import { z } from 'zod';
import {
  ListVisitsQuery,
  VISIT_LIST_CURSOR,
  type VisitListFilter,
  type VisitSummary,
} from './list-visits.query';

const listQuery = new ZodValidationPipe(
  z.strictObject({
    date: z.string().refine(isIsoDate, 'expected a calendar date, YYYY-MM-DD').optional(),
    status: z.enum(VISIT_STATUSES).optional(),
    unassigned: z
      .enum(['true', 'false'])
      .transform((value) => value === 'true')
      .optional(),
    nurseId: z.string().min(1).max(200).optional(),
    ...pageQuery(VISIT_LIST_CURSOR),
  }),
);

@ApiTags('visits')
@Controller('v1/visits')
@Roles('nurse', 'admin', 'intake_coordinator')
export class ListVisitsController {
  constructor(private readonly listVisits: ListVisitsQuery) {}

  @Get()
  @Audited({ action: NURSING_ACTIONS.list, resourceType: VISIT_RESOURCE })
  @ApiQuery({ name: 'date', required: false, description: 'YYYY-MM-DD' })
  @ApiQuery({ name: 'status', required: false, enum: VISIT_STATUSES })
  @ApiQuery({ name: 'unassigned', required: false, description: 'true: visits with no nurse' })
  @ApiQuery({ name: 'nurseId', required: false, description: 'Admins and coordinators' })
  @ApiPageQuery()
  @ApiOkResponse({
    description: "A nurse's own visits; for admins and coordinators every visit, with its nurse",
  })
  list(
    @Query(listQuery) filter: VisitListFilter,
    @CurrentPrincipal() principal: Principal,
  ): Promise<Page<VisitSummary>> {
    // A nurse sees her own visits only, whatever she asks for.
    const scoped = principal.role === 'nurse' ? { ...filter, nurseId: principal.subject } : filter;
    return this.listVisits.execute(scoped);
  }
}
