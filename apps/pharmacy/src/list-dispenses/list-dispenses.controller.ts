import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiQuery, ApiTags } from '@nestjs/swagger';
import { Audited, Roles } from '@infuse/auth';
import { ZodValidationPipe } from '@infuse/http';
import { z } from 'zod';
import { DISPENSE_STATUSES } from '../domain/dispense-order.aggregate';
import { DISPENSE_RESOURCE, PHARMACY_ACTIONS } from '../pharmacy-audit';
import { decodeCursor } from './dispense-cursor';
import {
  type DispenseQueueFilter,
  type DispenseQueueItem,
  ListDispensesQuery,
} from './list-dispenses.query';

const DEFAULT_PAGE = 25;
const MAX_PAGE = 100;

const queueQuery = new ZodValidationPipe(
  z.object({
    status: z.enum(DISPENSE_STATUSES).optional(),
    cursor: z
      .string()
      .max(200)
      .transform((text, context) => {
        const cursor = decodeCursor(text);
        if (!cursor)
          context.addIssue({ code: 'custom', message: 'not a cursor from a previous page' });
        return cursor ?? z.NEVER;
      })
      .optional(),
    limit: z.coerce.number().int().min(1).max(MAX_PAGE).default(DEFAULT_PAGE),
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
  @ApiQuery({ name: 'cursor', required: false, description: 'nextCursor of the previous page' })
  @ApiQuery({
    name: 'limit',
    required: false,
    description: `1-${MAX_PAGE}, default ${DEFAULT_PAGE}`,
  })
  @ApiOkResponse({ description: 'A page of the queue, oldest due first' })
  list(
    @Query(queueQuery) filter: DispenseQueueFilter,
  ): Promise<{ items: DispenseQueueItem[]; nextCursor: string | null }> {
    return this.listDispenses.execute(filter);
  }
}
