import { Body, Controller, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Audited, Roles } from '@infuse/auth';
import { CurrentInvocation, ZodValidationPipe } from '@infuse/http';
import { type Invocation } from '@infuse/messaging';
import { z } from 'zod';
import { type DispenseSummary } from '../dispense-summary';
import { mapDispenseErrors } from '../http/dispense-error.mapper';
import { DispenseIdPipe } from '../http/dispense-id';
import { DISPENSE_RESOURCE, PHARMACY_ACTIONS } from '../pharmacy-audit';
import { CancelDispenseUseCase } from './cancel-dispense.use-case';

const cancellationBody = new ZodValidationPipe(
  z.strictObject({ reason: z.string().trim().min(1).max(500) }),
);

@ApiTags('dispenses')
@Controller('v1/dispenses/:id/cancel')
@Roles('pharmacist', 'admin')
export class CancelDispenseController {
  constructor(private readonly cancelDispense: CancelDispenseUseCase) {}

  @Post()
  @HttpCode(HttpStatus.OK)
  @Audited({
    action: PHARMACY_ACTIONS.cancel,
    resourceType: DISPENSE_RESOURCE,
    idParam: 'id',
    recordedInTransaction: true,
  })
  @ApiOkResponse({ description: 'Cancelled; a dose already shipped cannot be' })
  cancel(
    @Param('id', DispenseIdPipe) id: string,
    @Body(cancellationBody) { reason }: { reason: string },
    @CurrentInvocation() invocation: Invocation,
  ): Promise<DispenseSummary> {
    return mapDispenseErrors(() => this.cancelDispense.execute(id, reason, invocation));
  }
}
