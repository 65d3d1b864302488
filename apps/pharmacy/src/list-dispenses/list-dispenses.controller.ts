import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiQuery, ApiTags } from '@nestjs/swagger';
import { Audited, Roles } from '@infuse/auth';
import { ApiPageQuery, type Page, pageQuery, ZodValidationPipe } from '@infuse/http';
import { z } from 'zod';
import { DISPENSE_STATUSES } from '../domain/dispense-order.aggregate';
import { DISPENSE_RESOURCE, PHARMACY_ACTIONS } from '../pharmacy-audit';
import {
  DISPENSE_QUEUE_CURSOR,
  type DispenseQueueFilter,
  type DispenseQueueItem,
  ListDispensesQuery,
} from './list-dispenses.query';

const queueQuery = new ZodValidationPipe(
  z.object({
    status: z.enum(DISPENSE_STATUSES).optional(),
    ...pageQuery(DISPENSE_QUEUE_CURSOR),
  }),
);

@ApiTags('dispenses')
@Controller('v1/dispenses')
@Roles('pharmacist', 'admin')
export class ListDispensesController {
  constructor(private readonly listDispenses: ListDispensesQuery) {}

  @Get()
  @Audited({ action: PHARMACY_ACTIONS.list, resourceType: DISPENSE_RESOURCE })
  @ApiQuery({ name: 'status', required: false, enum: DISPENSE_STATUSES })
  @ApiPageQuery()
  @ApiOkResponse({ description: 'A page of the queue, oldest due first' })
  list(@Query(queueQuery) filter: DispenseQueueFilter): Promise<Page<DispenseQueueItem>> {
    return this.listDispenses.execute(filter);
  }
}
