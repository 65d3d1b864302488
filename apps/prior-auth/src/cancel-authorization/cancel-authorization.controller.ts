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
import { optionalBody } from '../http/optional-body';
import { CancelAuthorizationUseCase } from './cancel-authorization.use-case';

// The cancelled event keeps the reason to 500 characters.
const cancellation = optionalBody({
  reason: z.string().trim().min(1, 'must not be empty').max(500).optional(),
});

@ApiTags('authorizations')
@Controller('v1/authorizations/:id/cancel')
@Roles('intake_coordinator', 'admin')
export class CancelAuthorizationController {
  constructor(private readonly cancelAuthorization: CancelAuthorizationUseCase) {}

  @Post()
  @HttpCode(HttpStatus.OK)
  @Audited({
    action: AUTHORIZATION_ACTIONS.cancel,
    resourceType: AUTHORIZATION_RESOURCE,
    idParam: 'id',
    recordedInTransaction: true,
  })
  @ApiOkResponse({
    description: 'The request is withdrawn, and cancelled at the payer when it reached it',
  })
  cancel(
    @Param('id', AuthorizationIdPipe) id: string,
    @Body(cancellation) { reason }: { reason?: string },
    @CurrentInvocation() invocation: Invocation,
  ): Promise<AuthorizationSummary> {
    return mapAuthorizationErrors(() => this.cancelAuthorization.execute(id, reason, invocation));
  }
}
