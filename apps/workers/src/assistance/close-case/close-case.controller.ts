import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Audited, Roles } from '@infuse/auth';
import { CurrentInvocation, ZodValidationPipe } from '@infuse/http';
import { type Invocation } from '@infuse/messaging';
import { z } from 'zod';
import { ASSISTANCE_ACTIONS, ASSISTANCE_CASE_RESOURCE } from '../assistance-audit';
import { CaseIdPipe } from '../http/case-id';
import { CaseResponses } from '../http/case-responses';
import { type CaseView } from '../view-case/case-view';
import { CloseCaseUseCase } from './close-case.use-case';

const closeBody = new ZodValidationPipe(
  z.object({ note: z.string().trim().min(1).max(1000).optional() }),
);

@ApiTags('assistance-cases')
@Controller('v1/assistance-cases/:id/close')
@Roles('intake_coordinator', 'admin')
export class CloseCaseController {
  constructor(
    private readonly closeCase: CloseCaseUseCase,
    private readonly responses: CaseResponses,
  ) {}

  @Post()
  @HttpCode(200)
  @Audited({
    action: ASSISTANCE_ACTIONS.close,
    resourceType: ASSISTANCE_CASE_RESOURCE,
    idParam: 'id',
    recordedInTransaction: true,
  })
  @ApiOkResponse({ description: 'The case, closed (closing it again changes nothing)' })
  async close(
    @Param('id', CaseIdPipe) id: string,
    @Body(closeBody) { note }: { note?: string },
    @CurrentInvocation() invocation: Invocation,
  ): Promise<CaseView> {
    return this.responses.after(id, () => this.closeCase.execute(id, note, invocation));
  }
}
