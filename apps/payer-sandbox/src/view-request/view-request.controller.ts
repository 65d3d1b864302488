import { Controller, Get, NotFoundException, Param } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Audited, CurrentPrincipal, type Principal, Roles } from '@infuse/auth';
import { REQUEST_ACTIONS, REQUEST_RESOURCE } from '../domain/authorization-request';
import { RequestIdPipe } from '../http/request-id';
import { type RequestView } from './request-view';
import { ViewRequestQuery } from './view-request.query';

@ApiTags('requests')
@Controller('v1/requests/:id')
@Roles('payer', 'admin')
export class ViewRequestController {
  constructor(private readonly viewRequest: ViewRequestQuery) {}

  @Get()
  @Audited({ action: REQUEST_ACTIONS.read, resourceType: REQUEST_RESOURCE, idParam: 'id' })
  @ApiOkResponse({
    description:
      'The request with its clinical content: patient, diagnosis, product, units and period, labs, documents',
  })
  async view(
    @Param('id', RequestIdPipe) id: string,
    @CurrentPrincipal() reviewer: Principal,
  ): Promise<RequestView> {
    // Another payer's request answers as if it did not exist.
    const request = await this.viewRequest.execute(id, reviewer);
    if (!request) throw new NotFoundException(`No authorization request ${id}.`);
    return request;
  }
}
