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
import { type ReceiptInput, RecordDeliveryUseCase } from './record-delivery.use-case';

const receiptBody = new ZodValidationPipe(
  z.strictObject({
    receivedBy: z.string().trim().min(1).max(200),
    temperatureInRange: z.boolean(),
  }),
);

@ApiTags('dispenses')
@Controller('v1/dispenses/:id/delivered')
@Roles('pharmacist', 'admin')
export class RecordDeliveryController {
  constructor(private readonly recordDelivery: RecordDeliveryUseCase) {}

  @Post()
  @HttpCode(HttpStatus.OK)
  @Audited({
    action: PHARMACY_ACTIONS.deliver,
    resourceType: DISPENSE_RESOURCE,
    idParam: 'id',
    recordedInTransaction: true,
  })
  @ApiOkResponse({
    description: 'Delivered; out of its temperature range the order reopens for a replacement',
  })
  delivered(
    @Param('id', DispenseIdPipe) id: string,
    @Body(receiptBody) receipt: ReceiptInput,
    @CurrentInvocation() invocation: Invocation,
  ): Promise<DispenseSummary> {
    return mapDispenseErrors(() => this.recordDelivery.execute(id, receipt, invocation));
  }
}
