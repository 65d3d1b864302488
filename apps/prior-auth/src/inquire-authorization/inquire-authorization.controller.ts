import { Body, Controller, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Audited, Roles } from '@infuse/auth';
import { CurrentInvocation } from '@infuse/http';
import { type Invocation } from '@infuse/messaging';
import { AUTHORIZATION_ACTIONS, AUTHORIZATION_RESOURCE } from '../authorization-audit';
import { type AuthorizationSummary } from '../authorization-summary';
import { mapAuthorizationErrors } from '../http/authorization-error.mapper';
import { AuthorizationIdPipe } from '../http/authorization-id';
import { optionalBody } from '../http/optional-body';
import { InquireAuthorizationUseCase } from './inquire-authorization.use-case';

// An inquiry takes no options: a body, if sent, must be empty.
const noOptions = optionalBody({});

@ApiTags('authorizations')
@Controller('v1/authorizations/:id/inquire')
@Roles('intake_coordinator', 'admin')
export class InquireAuthorizationController {
  constructor(private readonly inquireAuthorization: InquireAuthorizationUseCase) {}

  @Post()
  @HttpCode(HttpStatus.ACCEPTED)
  @Audited({
    action: AUTHORIZATION_ACTIONS.inquire,
    resourceType: AUTHORIZATION_RESOURCE,
    idParam: 'id',
    recordedInTransaction: true,
  })
  @ApiOkResponse({ description: 'The inquiry is on its way; its answer is applied when it comes' })
  inquire(
    @Param('id', AuthorizationIdPipe) id: string,
    @Body(noOptions) _options: object,
    @CurrentInvocation() invocation: Invocation,
  ): Promise<AuthorizationSummary> {
    return mapAuthorizationErrors(() => this.inquireAuthorization.execute(id, invocation));
  }
}
