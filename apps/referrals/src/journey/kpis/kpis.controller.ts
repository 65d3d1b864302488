import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiQuery, ApiTags } from '@nestjs/swagger';
import { Roles } from '@infuse/auth';
import { isIsoDate } from '@infuse/clinical';
import { ZodValidationPipe } from '@infuse/http';
import { z } from 'zod';
import { type Kpis, KpisQuery, type KpiWindow } from './kpis.query';

const day = z.string().refine(isIsoDate, 'must be a date, YYYY-MM-DD');

const windowQuery = new ZodValidationPipe(
  z.object({ from: day, to: day }).refine(
    // Compared only once both are dates: a bad `from` is its own error, not `to`'s too.
    (window) => !isIsoDate(window.from) || !isIsoDate(window.to) || window.from <= window.to,
    { path: ['to'], message: 'must not be before from' },
  ),
);

// Figures over many referrals, no patient's data: the coordinators' and admins' dashboard.
@ApiTags('kpis')
@Controller('v1/kpis')
@Roles('intake_coordinator', 'admin')
export class KpisController {
  constructor(private readonly kpis: KpisQuery) {}

  @Get()
  @ApiQuery({ name: 'from', description: "First day, YYYY-MM-DD, in the pharmacy's time zone" })
  @ApiQuery({ name: 'to', description: 'Last day, included' })
  @ApiOkResponse({
    description:
      'Time to therapy (median, 90th percentile), authorization turnaround by payer, documents-pending age, doses on time and late',
  })
  read(@Query(windowQuery) window: KpiWindow): Promise<Kpis> {
    return this.kpis.execute(window);
  }
}
