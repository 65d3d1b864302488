import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiQuery, ApiTags } from '@nestjs/swagger';
import { Audited, Roles } from '@infuse/auth';
import { ZodValidationPipe } from '@infuse/http';
import { z } from 'zod';
import { AUTHORIZATION_ACTIONS, AUTHORIZATION_RESOURCE } from '../authorization-audit';
import { AUTHORIZATION_STATUSES } from '../domain/authorization-status';
import { decodeCursor } from './authorization-cursor';
import {
  type AuthorizationFilter,
  type AuthorizationListItem,
  ListAuthorizationsQuery,
} from './list-authorizations.query';

const DEFAULT_PAGE = 25;
const MAX_PAGE = 100;

const listQuery = new ZodValidationPipe(
  z.object({
    referralId: z
      .uuid()
      .transform((id) => id.toLowerCase())
      .optional(),
    status: z.enum(AUTHORIZATION_STATUSES).optional(),
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

@ApiTags('authorizations')
@Controller('v1/authorizations')
@Roles('intake_coordinator', 'admin')
export class ListAuthorizationsController {
  constructor(private readonly listAuthorizations: ListAuthorizationsQuery) {}

  @Get()
  @Audited({ action: AUTHORIZATION_ACTIONS.list, resourceType: AUTHORIZATION_RESOURCE })
  @ApiQuery({ name: 'referralId', required: false })
  @ApiQuery({ name: 'status', required: false, enum: AUTHORIZATION_STATUSES })
  @ApiQuery({ name: 'cursor', required: false, description: 'nextCursor of the previous page' })
  @ApiQuery({
    name: 'limit',
    required: false,
    description: `1-${MAX_PAGE}, default ${DEFAULT_PAGE}`,
  })
  @ApiOkResponse({ description: 'A page of authorization requests, newest first' })
  list(
    @Query(listQuery) filter: AuthorizationFilter,
  ): Promise<{ items: AuthorizationListItem[]; nextCursor: string | null }> {
    return this.listAuthorizations.execute(filter);
  }
}
