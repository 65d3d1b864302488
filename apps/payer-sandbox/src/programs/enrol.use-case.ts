import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { AuditWriter } from '@infuse/auth';
import { todayIn } from '@infuse/clinical';
import { CLOCK, type Clock } from '@infuse/config';
import { UnitOfWork } from '@infuse/database';
import { IdempotencyStore, type IdempotentRequest } from '@infuse/http';
import { type Invocation } from '@infuse/messaging';
import {
  type PayerSandboxSettings,
  payerSandboxSettingsConfig,
} from '../payer-sandbox-settings.config';
import { type EnrolmentAnswer, type EnrolmentRequest } from './enrolment-request.schema';
import { ProgrammeCatalogue } from './programme-catalogue';
import { decideEnrolment, ENROLMENT_ACTIONS, ENROLMENT_RESOURCE } from './programme-enrolment';
import { ProgrammeEnrolmentRepository } from './programme-enrolment.repository';
import { type SandboxProgramme } from './programs-file.schema';

/**
 * A programme receives an enrolment: decided and stored once per Idempotency-Key; the same key
 * again gets the stored answer and stores nothing (a retry after a lost answer).
 */
@Injectable()
export class EnrolUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly idempotency: IdempotencyStore,
    private readonly catalogue: ProgrammeCatalogue,
    private readonly enrolments: ProgrammeEnrolmentRepository,
    private readonly auditWriter: AuditWriter,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(payerSandboxSettingsConfig.token) private readonly settings: PayerSandboxSettings,
  ) {}

  async execute(
    programme: SandboxProgramme,
    request: EnrolmentRequest,
    idempotent: IdempotentRequest,
    invocation: Invocation,
  ): Promise<EnrolmentAnswer> {
    const now = this.clock.now();
    return this.unitOfWork.run(invocation.transaction, async (manager) => {
      const claim = await this.idempotency.claim(manager, idempotent);
      if (claim.kind === 'replay') return claim.response as EnrolmentAnswer;
      const answer = decideEnrolment(
        programme,
        request,
        this.catalogue.scenarioFor(request.patient.lastName),
        {
          enrollmentId: randomUUID(),
          memberNumber: await this.enrolments.nextMemberNumber(manager),
          today: todayIn(this.settings.PAYER_SANDBOX_TIME_ZONE, now),
        },
      );
      await this.enrolments.insert(manager, {
        programmeId: programme.id,
        subject: idempotent.subject,
        key: idempotent.key,
        request,
        answer,
        answeredAt: now,
      });
      await this.auditWriter.recordChange(manager, invocation, {
        action: ENROLMENT_ACTIONS.enrol,
        resourceType: ENROLMENT_RESOURCE,
        resourceId: answer.enrollmentId,
        patientId: request.caseReference,
      });
      await this.idempotency.complete(manager, idempotent, answer);
      return answer;
    });
  }
}
