import { Body, Controller, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Audited, Roles } from '@infuse/auth';
import { CurrentInvocation } from '@infuse/http';
import { type Invocation } from '@infuse/messaging';
import { z } from 'zod';
import { AUTHORIZATION_ACTIONS, AUTHORIZATION_RESOURCE } from '../authorization-audit';
import { type AuthorizationSummary } from '../authorization-summary';
import { mapAuthorizationErrors } from '../http/authorization-error.mapper';
import { AuthorizationIdPipe } from '../http/authorization-id';
import { requiredBody } from '../http/optional-body';
import { AppealAuthorizationUseCase } from './appeal-authorization.use-case';

// The appealed event keeps the reason to 2000 characters.
const appeal = requiredBody({ reason: z.string().trim().min(1, 'must not be empty').max(2000) });

@ApiTags('authorizations')
@Controller('v1/authorizations/:id/appeal')
@Roles('intake_coordinator', 'admin')
export class AppealAuthorizationController {
  constructor(private readonly appealAuthorization: AppealAuthorizationUseCase) {}

  @Post()
  @HttpCode(HttpStatus.OK)
  @Audited({
    action: AUTHORIZATION_ACTIONS.appeal,
    resourceType: AUTHORIZATION_RESOURCE,
    idParam: 'id',
    recordedInTransaction: true,
  })
  @ApiOkResponse({ description: 'The denial is appealed' })
  appeal(
    @Param('id', AuthorizationIdPipe) id: string,
    @Body(appeal) { reason }: { reason: string },
    @CurrentInvocation() invocation: Invocation,
  ): Promise<AuthorizationSummary> {
    return mapAuthorizationErrors(() => this.appealAuthorization.execute(id, reason, invocation));
  }
}
