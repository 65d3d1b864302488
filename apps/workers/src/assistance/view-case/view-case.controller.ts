import { Controller, Get, NotFoundException, Param } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Audited, Roles } from '@infuse/auth';
import { ASSISTANCE_ACTIONS, ASSISTANCE_CASE_RESOURCE } from '../assistance-audit';
import { CaseIdPipe } from '../http/case-id';
import { type CaseView } from './case-view';
import { ViewCaseQuery } from './view-case.query';

@ApiTags('assistance-cases')
@Controller('v1/assistance-cases/:id')
@Roles('intake_coordinator', 'admin')
export class ViewCaseController {
  constructor(private readonly viewCase: ViewCaseQuery) {}

  @Get()
  @Audited({
    action: ASSISTANCE_ACTIONS.view,
    resourceType: ASSISTANCE_CASE_RESOURCE,
    idParam: 'id',
  })
  @ApiOkResponse({
    description: "The case with the screening's reasons: why each programme is or is not eligible",
  })
  async view(@Param('id', CaseIdPipe) id: string): Promise<CaseView> {
    const found = await this.viewCase.execute(id);
    if (!found) throw new NotFoundException(`No assistance case ${id}.`);
    return found;
  }
}
