import { Controller, Get, NotFoundException, Param } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Audited, Roles } from '@infuse/auth';
import { DispenseIdPipe } from '../http/dispense-id';
import { DISPENSE_RESOURCE, PHARMACY_ACTIONS } from '../pharmacy-audit';
import { type DispenseView } from './dispense-view';
import { ViewDispenseQuery } from './view-dispense.query';

@ApiTags('dispenses')
@Controller('v1/dispenses/:id')
@Roles('pharmacist', 'admin')
export class ViewDispenseController {
  constructor(private readonly viewDispense: ViewDispenseQuery) {}

  @Get()
  @Audited({ action: PHARMACY_ACTIONS.read, resourceType: DISPENSE_RESOURCE, idParam: 'id' })
  @ApiOkResponse({
    description:
      'The dose with its verification worksheet: dosing weight, grams, vials, units, authorization, findings, titration, labs and links to the referral',
  })
  async view(@Param('id', DispenseIdPipe) id: string): Promise<DispenseView> {
    const dispense = await this.viewDispense.execute(id);
    if (!dispense) throw new NotFoundException(`No dispense ${id}.`);
    return dispense;
  }
}
