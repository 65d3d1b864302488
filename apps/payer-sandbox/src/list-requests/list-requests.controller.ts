import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiQuery, ApiTags } from '@nestjs/swagger';
import { Audited, CurrentPrincipal, type Principal, Roles } from '@infuse/auth';
import { ZodValidationPipe } from '@infuse/http';
import { REQUEST_STATUSES } from '@infuse/pas';
import { z } from 'zod';
import { REQUEST_ACTIONS, REQUEST_RESOURCE } from '../domain/authorization-request';
import { type InboxFilter, type InboxItem, ListRequestsQuery } from './list-requests.query';
import { decodeCursor } from './request-cursor';

const DEFAULT_PAGE = 25;
const MAX_PAGE = 100;

const inboxQuery = new ZodValidationPipe(
  z.object({
    status: z.enum(REQUEST_STATUSES).optional(),
    cursor: z
      .string()
      .max(500)
      .transform((text, context) => {
        const cursor = decodeCursor(text);
        if (!cursor)
          context.addIssue({ code: 'custom', message: 'not a cursor from a previous page' });
        return cursor ?? z.NEVER;
      })
      .optional(),
    limit: z.coerce.number().int().min(1).max(MAX_PAGE).default(DEFAULT_PAGE),
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
  @ApiQuery({ name: 'cursor', required: false, description: 'nextCursor of the previous page' })
  @ApiQuery({
    name: 'limit',
    required: false,
    description: `1-${MAX_PAGE}, default ${DEFAULT_PAGE}`,
  })
  @ApiOkResponse({ description: "A page of the payer's requests, oldest first" })
  list(
    @Query(inboxQuery) filter: Omit<InboxFilter, 'payerId'>,
    @CurrentPrincipal() reviewer: Principal,
  ): Promise<{ items: InboxItem[]; nextCursor: string | null }> {
    // A payer's reviewer sees their own payer's requests only; an administrator sees every payer's.
    return this.listRequests.execute(
      reviewer.role === 'admin' ? filter : { ...filter, payerId: reviewer.payerId ?? '' },
    );
  }
}
