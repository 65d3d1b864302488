import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { AuditWriter } from '@infuse/auth';
import { UnitOfWork } from '@infuse/database';
import { IdempotencyStore, type IdempotentRequest } from '@infuse/http';
import { type Invocation } from '@infuse/messaging';
import { type EntityManager } from 'typeorm';
import { Referral } from '../domain/referral.aggregate';
import { type ReferralInput } from '../domain/referral-input';
import { ReferralError } from '../domain/referral.errors';
import { ReferralEvents } from '../events/referral-events';
import { IntakeCalendar } from '../intake-calendar';
import {
  completenessRules,
  intakeSettingsConfig,
  type IntakeSettings,
} from '../intake-settings.config';
import { PatientRepository } from '../persistence/patient.repository';
import { ReferralRepository } from '../persistence/referral.repository';
import { REFERRAL_ACTIONS, REFERRAL_RESOURCE } from '../referral-audit';
import { type ReferralSummary, summaryOf } from '../referral-summary';

export interface SubmitReferralResult {
  summary: ReferralSummary;
  /** The response to an earlier request with the same Idempotency-Key. */
  replayed: boolean;
}

/**
 * Records a prescriber's referral with its patient, labs and documents, judges whether it is
 * complete, and announces it, all in one transaction.
 */
@Injectable()
export class SubmitReferralUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    @Inject(intakeSettingsConfig.token) private readonly settings: IntakeSettings,
    private readonly calendar: IntakeCalendar,
    private readonly patients: PatientRepository,
    private readonly referrals: ReferralRepository,
    private readonly idempotency: IdempotencyStore,
    private readonly events: ReferralEvents,
    private readonly auditWriter: AuditWriter,
  ) {}

  execute(
    input: ReferralInput,
    invocation: Invocation,
    idempotentRequest?: IdempotentRequest,
  ): Promise<SubmitReferralResult> {
    return this.unitOfWork.run(invocation.transaction, async (manager) => {
      const claim = idempotentRequest
        ? await this.idempotency.claim(manager, idempotentRequest)
        : undefined;
      const result: SubmitReferralResult =
        claim?.kind === 'replay'
          ? { summary: claim.response as ReferralSummary, replayed: true }
          : { summary: await this.record(manager, input, invocation), replayed: false };
      if (idempotentRequest && !result.replayed)
        await this.idempotency.complete(manager, idempotentRequest, result.summary);
      await this.auditWriter.recordChange(manager, invocation, {
        action: REFERRAL_ACTIONS.create,
        resourceType: REFERRAL_RESOURCE,
        resourceId: result.summary.id,
        patientId: result.summary.patientId,
      });
      return result;
    });
  }

  private async record(
    manager: EntityManager,
    input: ReferralInput,
    invocation: Invocation,
  ): Promise<ReferralSummary> {
    const { labs, documents, ...particulars } = input;
    await this.patients.lockIdentity(manager, particulars.patient);
    const { patientId, openReferralId } = await this.patients.resolve(
      manager,
      particulars.patient,
      particulars.order.therapy,
    );
    if (openReferralId) {
      throw new ReferralError(
        'REFERRAL.DUPLICATE',
        `Referral ${openReferralId} is already open for this patient and therapy.`,
        { existingReferralId: openReferralId },
      );
    }
    const receivedAt = this.calendar.now();
    const referral = Referral.receive(
      {
        id: randomUUID(),
        patientId,
        particulars,
        labs,
        documents,
        submittedOn: this.calendar.today(receivedAt),
        submittedBy: invocation.actor.subject,
        receivedAt,
      },
      completenessRules(this.settings),
      randomUUID,
    );
    await this.referrals.add(manager, referral);
    await this.events.publishChanges(manager, referral, invocation, receivedAt);
    return summaryOf(referral);
  }
}
