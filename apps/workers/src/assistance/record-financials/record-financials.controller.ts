import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Audited, Roles } from '@infuse/auth';
import { CurrentInvocation, ZodValidationPipe } from '@infuse/http';
import { type Invocation } from '@infuse/messaging';
import { ASSISTANCE_ACTIONS, ASSISTANCE_CASE_RESOURCE } from '../assistance-audit';
import { CaseIdPipe } from '../http/case-id';
import { CaseResponses } from '../http/case-responses';
import { type CaseView } from '../view-case/case-view';
import { type FinancialsInput, financialsSchema } from './financials.schema';
import { RecordFinancialsUseCase } from './record-financials.use-case';

const financialsBody = new ZodValidationPipe(financialsSchema);

@ApiTags('assistance-cases')
@Controller('v1/assistance-cases/:id/financials')
@Roles('intake_coordinator', 'admin')
export class RecordFinancialsController {
  constructor(
    private readonly recordFinancials: RecordFinancialsUseCase,
    private readonly responses: CaseResponses,
  ) {}

  @Post()
  @HttpCode(200)
  @Audited({
    action: ASSISTANCE_ACTIONS.recordFinancials,
    resourceType: ASSISTANCE_CASE_RESOURCE,
    idParam: 'id',
    recordedInTransaction: true,
  })
  @ApiOkResponse({ description: 'The case, screened again with the household' })
  async record(
    @Param('id', CaseIdPipe) id: string,
    @Body(financialsBody) financials: FinancialsInput,
    @CurrentInvocation() invocation: Invocation,
  ): Promise<CaseView> {
    return this.responses.after(id, () =>
      this.recordFinancials.execute(id, financials, invocation),
    );
  }
}
