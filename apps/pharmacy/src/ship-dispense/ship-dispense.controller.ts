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
import { ShipDispenseUseCase, type ShipmentInput } from './ship-dispense.use-case';

const shipmentBody = new ZodValidationPipe(
  z.strictObject({
    carrier: z.string().trim().min(1).max(100),
    trackingNumber: z.string().trim().min(1).max(100),
    packOut: z.strictObject({
      type: z.string().trim().min(1).max(100),
      validatedHours: z.number().positive().max(240),
      packedAt: z.iso.datetime({ offset: true }),
    }),
  }),
);

@ApiTags('dispenses')
@Controller('v1/dispenses/:id/ship')
@Roles('pharmacist', 'admin')
export class ShipDispenseController {
  constructor(private readonly shipDispense: ShipDispenseUseCase) {}

  @Post()
  @HttpCode(HttpStatus.OK)
  @Audited({
    action: PHARMACY_ACTIONS.ship,
    resourceType: DISPENSE_RESOURCE,
    idParam: 'id',
    recordedInTransaction: true,
  })
  @ApiOkResponse({ description: 'Shipped in its cold-chain pack-out' })
  ship(
    @Param('id', DispenseIdPipe) id: string,
    @Body(shipmentBody) shipment: ShipmentInput,
    @CurrentInvocation() invocation: Invocation,
  ): Promise<DispenseSummary> {
    return mapDispenseErrors(() => this.shipDispense.execute(id, shipment, invocation));
  }
}
