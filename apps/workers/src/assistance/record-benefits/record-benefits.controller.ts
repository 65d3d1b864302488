import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Audited, Roles } from '@infuse/auth';
import { CurrentInvocation, ZodValidationPipe } from '@infuse/http';
import { type Invocation } from '@infuse/messaging';
import { ASSISTANCE_ACTIONS, ASSISTANCE_CASE_RESOURCE } from '../assistance-audit';
import { CaseIdPipe } from '../http/case-id';
import { CaseResponses } from '../http/case-responses';
import { type CaseView } from '../view-case/case-view';
import { type BenefitsInput, benefitsSchema } from './benefits.schema';
import { RecordBenefitsUseCase } from './record-benefits.use-case';

const benefitsBody = new ZodValidationPipe(benefitsSchema);

@ApiTags('assistance-cases')
@Controller('v1/assistance-cases/:id/benefits')
@Roles('intake_coordinator', 'admin')
export class RecordBenefitsController {
  constructor(
    private readonly recordBenefits: RecordBenefitsUseCase,
    private readonly responses: CaseResponses,
  ) {}

  @Post()
  @HttpCode(200)
  @Audited({
    action: ASSISTANCE_ACTIONS.recordBenefits,
    resourceType: ASSISTANCE_CASE_RESOURCE,
    idParam: 'id',
    recordedInTransaction: true,
  })
  @ApiOkResponse({ description: 'The case, with the benefits investigation recorded' })
  async record(
    @Param('id', CaseIdPipe) id: string,
    @Body(benefitsBody) benefits: BenefitsInput,
    @CurrentInvocation() invocation: Invocation,
  ): Promise<CaseView> {
    return this.responses.after(id, () => this.recordBenefits.execute(id, benefits, invocation));
  }
}
