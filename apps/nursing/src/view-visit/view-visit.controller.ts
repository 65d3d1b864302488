import { Controller, Get, NotFoundException, Param } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Audited, CurrentPrincipal, type Principal, Roles } from '@infuse/auth';
import { VisitIdPipe } from '../http/visit-id';
import { NURSING_ACTIONS, VISIT_RESOURCE } from '../nursing-audit';
import { mayWorkOnVisit } from '../visit-access';
import { type VisitView } from './visit-view';
import { ViewVisitQuery } from './view-visit.query';

@ApiTags('visits')
@Controller('v1/visits/:id')
// The clinical record: admins and coordinators work from the visit summaries (GET /v1/visits).
@Roles('nurse')
export class ViewVisitController {
  constructor(private readonly viewVisit: ViewVisitQuery) {}

  @Get()
  @Audited({ action: NURSING_ACTIONS.read, resourceType: VISIT_RESOURCE, idParam: 'id' })
  @ApiOkResponse({
    description:
      'The visit with the patient, the dose, its lots, the titration plan with its cap, pre-medication, observation and the record so far',
  })
  async view(
    @Param('id', VisitIdPipe) id: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<VisitView> {
    const visit = await this.viewVisit.execute(id);
    // Another nurse's visit is answered like one that does not exist (and audited as denied).
    if (!visit || !mayWorkOnVisit(principal, visit.nurseId))
      throw new NotFoundException(`No visit ${id}.`);
    return visit;
  }
}
