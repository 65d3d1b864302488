import { Body, Controller, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Audited, Roles } from '@infuse/auth';
import { CurrentInvocation } from '@infuse/http';
import { type Invocation } from '@infuse/messaging';
import { type DispenseSummary } from '../dispense-summary';
import { type LotInput } from '../domain/release-lots';
import { mapDispenseErrors } from '../http/dispense-error.mapper';
import { DispenseIdPipe } from '../http/dispense-id';
import { DISPENSE_RESOURCE, PHARMACY_ACTIONS } from '../pharmacy-audit';
import { ReleaseBodyPipe } from './release-body.pipe';
import { ReleaseDispenseUseCase } from './release-dispense.use-case';

@ApiTags('dispenses')
@Controller('v1/dispenses/:id/release')
@Roles('pharmacist', 'admin')
export class ReleaseDispenseController {
  constructor(private readonly releaseDispense: ReleaseDispenseUseCase) {}

  @Post()
  @HttpCode(HttpStatus.OK)
  @Audited({
    action: PHARMACY_ACTIONS.release,
    resourceType: DISPENSE_RESOURCE,
    idParam: 'id',
    recordedInTransaction: true,
  })
  @ApiOkResponse({
    description:
      'Released; 422 naming a lot that does not match or is out of date, 409 with EXCEEDS_AUTHORIZED_UNITS, OUTSIDE_AUTHORIZED_PERIOD or HCPCS_NOT_AUTHORIZED, 403 when the verifier releases a first dose',
  })
  release(
    @Param('id', DispenseIdPipe) id: string,
    @Body(ReleaseBodyPipe) { lots }: { lots: LotInput[] },
    @CurrentInvocation() invocation: Invocation,
  ): Promise<DispenseSummary> {
    return mapDispenseErrors(() => this.releaseDispense.execute(id, lots, invocation));
  }
}
