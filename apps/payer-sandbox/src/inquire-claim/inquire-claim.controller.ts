import { Body, Controller, Header, HttpCode, Post, UseFilters } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Audited, Roles } from '@infuse/auth';
import { CurrentInvocation } from '@infuse/http';
import { type Invocation } from '@infuse/messaging';
import type { Parameters } from 'fhir/r4';
import { REQUEST_ACTIONS, REQUEST_RESOURCE } from '../domain/authorization-request';
import { FaultInjector } from '../faults/fault-injector';
import { FhirExceptionFilter } from '../fhir/fhir-exception.filter';
import { FHIR_JSON } from '../fhir/fhir-request.error';
import { PasSubmissionReader } from '../fhir/pas-submission.reader';
import { InquireClaimQuery } from './inquire-claim.query';

@ApiTags('fhir')
@Controller('fhir/Claim')
@UseFilters(FhirExceptionFilter)
@Roles('provider')
export class InquireClaimController {
  constructor(
    private readonly reader: PasSubmissionReader,
    private readonly faults: FaultInjector,
    private readonly inquireClaim: InquireClaimQuery,
  ) {}

  @Post('$inquire')
  @HttpCode(200)
  @Header('content-type', `${FHIR_JSON}; charset=utf-8`)
  // A match is audited by the query, with the request it read; an inquiry that matches nothing
  // discloses nothing.
  @Audited({
    action: REQUEST_ACTIONS.inquire,
    resourceType: REQUEST_RESOURCE,
    recordedInTransaction: true,
  })
  @ApiOkResponse({
    description: 'A Parameters with one inquiry response Bundle per match (none when none)',
  })
  async inquire(
    @Body() body: unknown,
    @CurrentInvocation() invocation: Invocation,
  ): Promise<Parameters> {
    const inquiry = this.reader.read(body, 'inquire');
    await this.faults.strike(inquiry.payer.id, 'inquire', 'before');
    const answer = await this.inquireClaim.execute(inquiry, invocation);
    await this.faults.strike(inquiry.payer.id, 'inquire', 'after');
    return answer;
  }
}
