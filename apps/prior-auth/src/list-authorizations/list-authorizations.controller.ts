import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiQuery, ApiTags } from '@nestjs/swagger';
import { Audited, Roles } from '@infuse/auth';
import { ApiPageQuery, type Page, pageQuery, ZodValidationPipe } from '@infuse/http';
import { z } from 'zod';
import { AUTHORIZATION_ACTIONS, AUTHORIZATION_RESOURCE } from '../authorization-audit';
import { AUTHORIZATION_STATUSES } from '../domain/authorization-status';
import {
  AUTHORIZATION_LIST_CURSOR,
  type AuthorizationFilter,
  type AuthorizationListItem,
  ListAuthorizationsQuery,
} from './list-authorizations.query';

const listQuery = new ZodValidationPipe(
  z.object({
    referralId: z
      .uuid()
      .transform((id) => id.toLowerCase())
      .optional(),
    status: z.enum(AUTHORIZATION_STATUSES).optional(),
    ...pageQuery(AUTHORIZATION_LIST_CURSOR),
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
  @ApiPageQuery()
  @ApiOkResponse({ description: 'A page of authorization requests, newest first' })
  list(@Query(listQuery) filter: AuthorizationFilter): Promise<Page<AuthorizationListItem>> {
    return this.listAuthorizations.execute(filter);
  }
}
