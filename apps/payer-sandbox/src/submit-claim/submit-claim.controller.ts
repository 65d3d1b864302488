import { Body, Controller, Header, HttpCode, Post, UseFilters } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Audited, Roles } from '@infuse/auth';
import { CurrentInvocation } from '@infuse/http';
import { type Invocation } from '@infuse/messaging';
import type { Bundle } from 'fhir/r4';
import { REQUEST_ACTIONS, REQUEST_RESOURCE } from '../domain/authorization-request';
import { FaultInjector } from '../faults/fault-injector';
import { FhirExceptionFilter } from '../fhir/fhir-exception.filter';
import { FHIR_JSON } from '../fhir/fhir-request.error';
import { PasSubmissionReader } from '../fhir/pas-submission.reader';
import { SubmitClaimUseCase } from './submit-claim.use-case';

@ApiTags('fhir')
@Controller('fhir/Claim')
@UseFilters(FhirExceptionFilter)
@Roles('provider')
export class SubmitClaimController {
  constructor(
    private readonly reader: PasSubmissionReader,
    private readonly faults: FaultInjector,
    private readonly submitClaim: SubmitClaimUseCase,
  ) {}

  @Post('$submit')
  @HttpCode(200)
  @Header('content-type', `${FHIR_JSON}; charset=utf-8`)
  @Audited({
    action: REQUEST_ACTIONS.submit,
    resourceType: REQUEST_RESOURCE,
    recordedInTransaction: true,
  })
  @ApiOkResponse({ description: 'A PAS response Bundle: the ClaimResponse first [PAS-SPEC]' })
  async submit(
    @Body() body: unknown,
    @CurrentInvocation() invocation: Invocation,
  ): Promise<Bundle> {
    const submission = this.reader.read(body, 'submit');
    await this.faults.strike(submission.payer.id, 'submit', 'before');
    const answer = await this.submitClaim.execute(submission, invocation);
    // The answer is stored: a failure now is the lost response a retry must recover from.
    await this.faults.strike(submission.payer.id, 'submit', 'after');
    return answer;
  }
}
