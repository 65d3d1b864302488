import {
  BadRequestException,
  Body,
  Controller,
  Header,
  HttpCode,
  HttpStatus,
  NotFoundException,
  Post,
  UnprocessableEntityException,
  UseFilters,
} from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Audited, CurrentPrincipal, type Principal, Roles } from '@infuse/auth';
import { CurrentInvocation } from '@infuse/http';
import { type Invocation } from '@infuse/messaging';
import { type OperationOutcome } from 'fhir/r4';
import { AUTHORIZATION_ACTIONS, AUTHORIZATION_RESOURCE } from '../authorization-audit';
import { AuthorizationError } from '../domain/authorization.errors';
import { FHIR_JSON } from '../submission/payer-call-kinds';
import { MalformedFhirJson } from './fhir-json-body.parser';
import { OperationOutcomeFilter } from './operation-outcome.filter';
import {
  ReceiveNotificationUseCase,
  UnreadableNotification,
} from './receive-notification.use-case';

/**
 * The rest-hook endpoint payers notify (the Subscription's channel endpoint): decisions on pended
 * requests. Only a payer's system token is admitted, and it may answer only its own requests.
 */
@ApiTags('fhir')
@Controller('fhir/notifications')
@Roles('payer')
@UseFilters(OperationOutcomeFilter)
export class NotificationController {
  constructor(private readonly receiveNotification: ReceiveNotificationUseCase) {}

  @Post()
  @HttpCode(HttpStatus.OK)
  @Header('content-type', FHIR_JSON)
  @Audited({
    action: AUTHORIZATION_ACTIONS.notify,
    resourceType: AUTHORIZATION_RESOURCE,
    recordedInTransaction: true,
  })
  @ApiOkResponse({
    description: 'The notification was received; its decision applied, or already known',
  })
  async receive(
    @Body() bundle: unknown,
    @CurrentPrincipal() payer: Principal,
    @CurrentInvocation() invocation: Invocation,
  ): Promise<OperationOutcome> {
    if (bundle instanceof MalformedFhirJson) throw new BadRequestException(bundle.reason);
    try {
      const receipt = await this.receiveNotification.execute(bundle, payer, invocation);
      return {
        resourceType: 'OperationOutcome',
        issue: [
          {
            severity: 'information',
            code: 'informational',
            diagnostics:
              receipt.requests.length === 0
                ? 'Received; nothing to decide.'
                : receipt.requests
                    .map(
                      (request) =>
                        `${request.applied ? 'Applied' : 'Already known'}: ${request.authorizationId} is ${request.status}.`,
                    )
                    .join(' '),
          },
        ],
      };
    } catch (error) {
      if (error instanceof UnreadableNotification)
        throw new UnprocessableEntityException(error.detail);
      if (error instanceof AuthorizationError && error.code === 'AUTHORIZATION.NOT_FOUND')
        throw new NotFoundException('No such prior-authorization request.');
      throw error;
    }
  }
}
