import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiQuery, ApiTags } from '@nestjs/swagger';
import { Audited, CurrentPrincipal, type Principal, Roles } from '@infuse/auth';
import { ApiPageQuery, type Page, pageQuery, ZodValidationPipe } from '@infuse/http';
import { REQUEST_STATUSES } from '@infuse/pas';
import { z } from 'zod';
import { REQUEST_ACTIONS, REQUEST_RESOURCE } from '../domain/authorization-request';
import {
  INBOX_CURSOR,
  type InboxFilter,
  type InboxItem,
  ListRequestsQuery,
} from './list-requests.query';

const inboxQuery = new ZodValidationPipe(
  z.object({
    status: z.enum(REQUEST_STATUSES).optional(),
    ...pageQuery(INBOX_CURSOR),
  }),
);

@ApiTags('requests')
@Controller('v1/requests')
@Roles('payer', 'admin')
export class ListRequestsController {
  constructor(private readonly listRequests: ListRequestsQuery) {}

  @Get()
  @Audited({ action: REQUEST_ACTIONS.list, resourceType: REQUEST_RESOURCE })
  @ApiQuery({ name: 'status', required: false, enum: REQUEST_STATUSES })
  @ApiPageQuery()
  @ApiOkResponse({ description: "A page of the payer's requests, oldest first" })
  list(
    @Query(inboxQuery) filter: Omit<InboxFilter, 'payerId'>,
    @CurrentPrincipal() reviewer: Principal,
  ): Promise<Page<InboxItem>> {
    // A payer's reviewer sees their own payer's requests only; an administrator sees every payer's.
    return this.listRequests.execute(
      reviewer.role === 'admin' ? filter : { ...filter, payerId: reviewer.payerId ?? '' },
    );
  }
}
