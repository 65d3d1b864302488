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
    await this.misbehave(this.catalogue.scenarioFor(request.patient.lastName), idempotent);
    return this.enrol.execute(programme, request, idempotent, invocation);
  }

  // A scenario's patient is answered late, or her request fails its first tries under each key
  // before it is processed (nothing is stored), so retries and backoff are seen for real.
  private async misbehave(
    scenario: ProgrammeScenario | undefined,
    idempotent: IdempotentRequest,
  ): Promise<void> {
    if (!scenario) return;
    if (scenario.delayMs) await sleep(scenario.delayMs);
    if (!scenario.failFirst) return;
    const attempt = await this.attempts.countAttempt(idempotent.subject, idempotent.key);
    if (attempt <= scenario.failFirst)
      throw new HttpException(
        {
          type: problemType('unavailable'),
          title: 'Programme unavailable',
          status: scenario.failStatus,
          detail: `try ${attempt} of this request fails on purpose (scenario ${scenario.lastName})`,
        },
        scenario.failStatus,
      );
  }
}
