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
import { ResubmitAuthorizationUseCase } from './resubmit-authorization.use-case';

// A payer's member id: letters, digits and the separators plans print on cards.
const resubmission = optionalBody({
  memberId: z
    .string()
    .trim()
    .regex(
      /^[A-Za-z0-9][A-Za-z0-9 ._-]{0,63}$/,
      'expected a member id as printed on the card (letters, digits, - . _)',
    )
    .optional(),
});

@ApiTags('authorizations')
@Controller('v1/authorizations/:id/resubmit')
@Roles('intake_coordinator', 'admin')
export class ResubmitAuthorizationController {
  constructor(private readonly resubmitAuthorization: ResubmitAuthorizationUseCase) {}

  @Post()
  @HttpCode(HttpStatus.OK)
  @Audited({
    action: AUTHORIZATION_ACTIONS.resubmit,
    resourceType: AUTHORIZATION_RESOURCE,
    idParam: 'id',
    recordedInTransaction: true,
  })
  @ApiOkResponse({ description: 'A new submission of the request is on its way to the payer' })
  resubmit(
    @Param('id', AuthorizationIdPipe) id: string,
    @Body(resubmission) correction: { memberId?: string },
    @CurrentInvocation() invocation: Invocation,
  ): Promise<AuthorizationSummary> {
    return mapAuthorizationErrors(() =>
      this.resubmitAuthorization.execute(id, correction, invocation),
    );
  }
}
