import { Body, Controller, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Audited, Roles } from '@infuse/auth';
import { CurrentInvocation } from '@infuse/http';
import { type Invocation } from '@infuse/messaging';
import { type DispenseSummary } from '../dispense-summary';
import { mapDispenseErrors } from '../http/dispense-error.mapper';
import { DispenseIdPipe } from '../http/dispense-id';
import { DISPENSE_RESOURCE, PHARMACY_ACTIONS } from '../pharmacy-audit';
import { VerificationBodyPipe } from './verification-body.pipe';
import { type VerificationInput, VerifyDispenseUseCase } from './verify-dispense.use-case';

@ApiTags('dispenses')
@Controller('v1/dispenses/:id/verify')
@Roles('pharmacist', 'admin')
export class VerifyDispenseController {
  constructor(private readonly verifyDispense: VerifyDispenseUseCase) {}

  @Post()
  @HttpCode(HttpStatus.OK)
  @Audited({
    action: PHARMACY_ACTIONS.verify,
    resourceType: DISPENSE_RESOURCE,
    idParam: 'id',
    recordedInTransaction: true,
  })
  @ApiOkResponse({
    description:
      'Verified; 409 when a stop finding blocks it (never overridable), 422 naming the warnings not acknowledged',
  })
  verify(
    @Param('id', DispenseIdPipe) id: string,
    @Body(VerificationBodyPipe) input: VerificationInput,
    @CurrentInvocation() invocation: Invocation,
  ): Promise<DispenseSummary> {
    return mapDispenseErrors(() => this.verifyDispense.execute(id, input, invocation));
  }
}
