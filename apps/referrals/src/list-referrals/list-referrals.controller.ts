import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiQuery, ApiTags } from '@nestjs/swagger';
import { Audited, Roles } from '@infuse/auth';
import { REFERRAL_ACTIONS, REFERRAL_RESOURCE } from '../referral-audit';
import { ApiPageQuery, type Page, pageQuery, ZodValidationPipe } from '@infuse/http';
import { z } from 'zod';
import { REFERRAL_STATUSES } from '../domain/referral.aggregate';
import {
  ListReferralsQuery,
  WORK_QUEUE_CURSOR,
  type WorkQueueFilter,
  type WorkQueueItem,
  UNINSURED,
} from './list-referrals.query';

const workQueueQuery = new ZodValidationPipe(
  z.object({
    status: z.enum(REFERRAL_STATUSES).optional(),
    q: z.string().trim().min(1).max(100).optional(),
    payer: z.string().trim().min(1).max(64).optional(),
    ...pageQuery(WORK_QUEUE_CURSOR),
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
  @ApiQuery({
    name: 'payer',
    required: false,
    description: `The payer's id, or ${UNINSURED} for referrals without insurance`,
  })
  @ApiPageQuery()
  @ApiOkResponse({ description: 'A page of the work queue, newest first' })
  list(@Query(workQueueQuery) filter: WorkQueueFilter): Promise<Page<WorkQueueItem>> {
    return this.listReferrals.execute(filter);
  }
}
