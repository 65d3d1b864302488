import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiQuery, ApiTags } from '@nestjs/swagger';
import { Audited, Roles } from '@infuse/auth';
import { ApiPageQuery, type Page, pageQuery, ZodValidationPipe } from '@infuse/http';
import { z } from 'zod';
import { ASSISTANCE_ACTIONS, ASSISTANCE_CASE_RESOURCE } from '../assistance-audit';
import { CASE_STATUSES } from '../domain/assistance-case';
import {
  CASE_LIST_CURSOR,
  type CaseListFilter,
  type CaseListItem,
  ListCasesQuery,
} from './list-cases.query';

const listQuery = new ZodValidationPipe(
  z.object({
    patientId: z.uuid().optional(),
    status: z.enum(CASE_STATUSES).optional(),
    ...pageQuery(CASE_LIST_CURSOR),
  }),
);

@ApiTags('assistance-cases')
@Controller('v1/assistance-cases')
@Roles('intake_coordinator', 'admin')
export class ListCasesController {
  constructor(private readonly listCases: ListCasesQuery) {}

  @Get()
  @Audited({ action: ASSISTANCE_ACTIONS.list, resourceType: ASSISTANCE_CASE_RESOURCE })
  @ApiQuery({ name: 'patientId', required: false })
  @ApiQuery({ name: 'status', required: false, enum: CASE_STATUSES })
  @ApiPageQuery()
  @ApiOkResponse({ description: 'A page of cases, oldest first' })
  list(@Query(listQuery) filter: CaseListFilter): Promise<Page<CaseListItem>> {
    return this.listCases.execute(filter);
  }
}
