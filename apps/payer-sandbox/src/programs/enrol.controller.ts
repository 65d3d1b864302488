import { setTimeout as sleep } from 'node:timers/promises';
import {
  Body,
  Controller,
  HttpCode,
  HttpException,
  NotFoundException,
  Param,
  Post,
} from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Audited, Roles } from '@infuse/auth';
import {
  CurrentInvocation,
  IdempotencyKey,
  Idempotent,
  type IdempotentRequest,
  problemType,
  RequestValidationError,
  ZodValidationPipe,
} from '@infuse/http';
import { type Invocation } from '@infuse/messaging';
import { EnrolUseCase } from './enrol.use-case';
import {
  type EnrolmentAnswer,
  type EnrolmentRequest,
  enrolmentRequestSchema,
} from './enrolment-request.schema';
import { ProgrammeCatalogue } from './programme-catalogue';
import { ENROLMENT_ACTIONS, ENROLMENT_RESOURCE } from './programme-enrolment';
import { ProgrammeEnrolmentRepository } from './programme-enrolment.repository';
import { type ProgrammeScenario } from './programs-file.schema';

const enrolmentBody = new ZodValidationPipe(enrolmentRequestSchema);

/** A copay or assistance programme's enrolment endpoint, as providers call it. */
@ApiTags('programs')
@Controller('programs/:programmeId/enrollments')
@Roles('provider')
export class EnrolController {
  constructor(
    private readonly catalogue: ProgrammeCatalogue,
    private readonly attempts: ProgrammeEnrolmentRepository,
    private readonly enrol: EnrolUseCase,
  ) {}

  @Post()
  @HttpCode(200)
  @Idempotent()
  @Audited({
    action: ENROLMENT_ACTIONS.enrol,
    resourceType: ENROLMENT_RESOURCE,
    recordedInTransaction: true,
  })
  @ApiOkResponse({
    description: 'Enrolled with a member id, annual maximum and end date, or denied',
  })
  async create(
    @Param('programmeId') programmeId: string,
    @IdempotencyKey() idempotent: IdempotentRequest | undefined,
    @Body(enrolmentBody) request: EnrolmentRequest,
    @CurrentInvocation() invocation: Invocation,
  ): Promise<EnrolmentAnswer> {
    const programme = this.catalogue.find(programmeId);
    if (!programme)
      throw new NotFoundException({
        type: problemType('not-found'),
        title: 'Not Found',
        status: 404,
        detail: `no programme ${programmeId} in the sandbox`,
      });
    if (!idempotent)
      throw new RequestValidationError([
        { header: 'Idempotency-Key', detail: 'required: a programme enrols once per key' },
      ]);
    const scenario = this.catalogue.scenarioFor(request.patient.lastName);
    if (scenario?.delayMs) await sleep(scenario.delayMs);
    const fails = await this.failsThisTry(scenario, idempotent);
    if (fails && scenario?.failWhen === 'before') throw failure(scenario, fails);
    const answer = await this.enrol.execute(programme, request, idempotent, invocation);
    // The answer is stored: a failure now is the lost answer a retry must recover.
    if (fails && scenario) throw failure(scenario, fails);
    return answer;
  }

  // A scenario's patient is answered late, or her request fails its first tries under each key,
  // so retries, backoff and de-duplication are seen for real. Returns the failing try's number.
  private async failsThisTry(
    scenario: ProgrammeScenario | undefined,
    idempotent: IdempotentRequest,
  ): Promise<number | undefined> {
    if (!scenario?.failFirst) return undefined;
    const attempt = await this.attempts.countAttempt(idempotent.subject, idempotent.key);
    return attempt <= scenario.failFirst ? attempt : undefined;
  }
}

function failure(scenario: ProgrammeScenario, attempt: number): HttpException {
  return new HttpException(
    {
      type: problemType('unavailable'),
      title: 'Programme unavailable',
      status: scenario.failStatus,
      detail: `try ${attempt} of this request fails on purpose (scenario ${scenario.lastName})`,
    },
    scenario.failStatus,
  );
}
