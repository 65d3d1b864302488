import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiQuery, ApiTags } from '@nestjs/swagger';
import { Audited, Roles } from '@infuse/auth';
import { REFERRAL_ACTIONS, REFERRAL_RESOURCE } from '../referral-audit';
import { ZodValidationPipe } from '@infuse/http';
import { z } from 'zod';
import { REFERRAL_STATUSES } from '../domain/referral.aggregate';
import {
  ListReferralsQuery,
  type WorkQueueFilter,
  type WorkQueueItem,
} from './list-referrals.query';
import { decodeCursor } from './referral-cursor';

const DEFAULT_PAGE = 25;
const MAX_PAGE = 100;

const workQueueQuery = new ZodValidationPipe(
  z.object({
    status: z.enum(REFERRAL_STATUSES).optional(),
    q: z.string().trim().min(1).max(100).optional(),
    cursor: z
      .string()
      .max(500)
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

@ApiTags('referrals')
@Controller('v1/referrals')
@Roles('intake_coordinator', 'admin')
export class ListReferralsController {
  constructor(private readonly listReferrals: ListReferralsQuery) {}

  @Get()
  @Audited({ action: REFERRAL_ACTIONS.list, resourceType: REFERRAL_RESOURCE })
  @ApiQuery({ name: 'status', required: false, enum: REFERRAL_STATUSES })
  @ApiQuery({ name: 'q', required: false, description: 'Part of the patient name, or the MRN' })
  @ApiQuery({ name: 'cursor', required: false, description: 'nextCursor of the previous page' })
  @ApiQuery({
    name: 'limit',
    required: false,
    description: `1-${MAX_PAGE}, default ${DEFAULT_PAGE}`,
  })
  @ApiOkResponse({ description: 'A page of the work queue, newest first' })
  list(
    @Query(workQueueQuery) filter: WorkQueueFilter,
  ): Promise<{ items: WorkQueueItem[]; nextCursor: string | null }> {
    return this.listReferrals.execute(filter);
  }
}
