import { Controller, Get, Header, NotFoundException, Param, Req } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Audited, type InfuseRequest, Roles } from '@infuse/auth';
import { AUTHORIZATION_ACTIONS, AUTHORIZATION_RESOURCE } from '../authorization-audit';
import { AuthorizationIdPipe } from '../http/authorization-id';
import { FHIR_JSON } from '../submission/payer-call-kinds';
import { type AuthorizationView, ViewAuthorizationQuery } from './view-authorization.query';

@ApiTags('authorizations')
@Controller('v1/authorizations/:id')
@Roles('intake_coordinator', 'admin')
export class ViewAuthorizationController {
  constructor(private readonly viewAuthorization: ViewAuthorizationQuery) {}

  @Get()
  @Audited({
    action: AUTHORIZATION_ACTIONS.read,
    resourceType: AUTHORIZATION_RESOURCE,
    idParam: 'id',
  })
  @ApiOkResponse({
    description: 'The request with its history, open flags and every exchange with the payer',
  })
  async view(@Param('id', AuthorizationIdPipe) id: string): Promise<AuthorizationView> {
    const authorization = await this.viewAuthorization.execute(id);
    if (!authorization) throw new NotFoundException(`No authorization request ${id}.`);
    return authorization;
  }

  @Get('request-bundle')
  @Header('content-type', FHIR_JSON)
  @Audited({
    action: AUTHORIZATION_ACTIONS.readBundle,
    resourceType: AUTHORIZATION_RESOURCE,
    idParam: 'id',
  })
  @ApiProduces(FHIR_JSON)
  @ApiOkResponse({ description: 'The last PAS request Bundle sent to the payer, as sent' })
  async requestBundle(
    @Param('id', AuthorizationIdPipe) id: string,
    @Req() request: InfuseRequest,
  ): Promise<unknown> {
    const sent = await this.viewAuthorization.lastBundle(id);
    if (!sent)
      throw new NotFoundException(`No bundle has been sent for authorization request ${id}.`);
    request.auditPatientId = sent.patientId;
    return sent.bundle;
  }
}
