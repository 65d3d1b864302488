import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditWriter } from '@infuse/auth';
import { type Invocation } from '@infuse/messaging';
import { DataSource, type EntityManager } from 'typeorm';
import { todayIn } from '../domain/calendar-date';
import { classifyDiagnosis } from '../domain/diagnosis';
import { Referral } from '../domain/referral.aggregate';
import { missingItems } from '../domain/referral-completeness';
import { ReferralError } from '../domain/referral.errors';
import { ReferralEvents } from '../events/referral-events';
import { intakeSettingsConfig, type IntakeSettings } from '../intake-settings.config';
import { IdempotencyStore, type IdempotentRequest } from '../persistence/idempotency.store';
import { PatientRepository } from '../persistence/patient.repository';
import { ReferralRecord } from '../persistence/referral.orm-entity';
import { ReferralRepository } from '../persistence/referral.repository';
import { REFERRAL_ACTIONS, REFERRAL_RESOURCE } from '../referral-audit';
import { type ReferralSummary, summaryOf } from '../referral-summary';
import { type ReferralSubmission } from './referral-submission.schema';

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
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(intakeSettingsConfig.token) private readonly settings: IntakeSettings,
    private readonly patients: PatientRepository,
    private readonly referrals: ReferralRepository,
    private readonly idempotency: IdempotencyStore,
    private readonly events: ReferralEvents,
    private readonly auditWriter: AuditWriter,
  ) {}

  async execute(
    submission: ReferralSubmission,
    invocation: Invocation,
    idempotentRequest?: IdempotentRequest,
  ): Promise<SubmitReferralResult> {
    return this.dataSource.transaction(async (manager) => {
      let result: SubmitReferralResult;
      const claim = idempotentRequest
        ? await this.idempotency.claim(manager, idempotentRequest)
        : undefined;
      if (claim?.kind === 'replay') {
        result = { summary: claim.response as ReferralSummary, replayed: true };
      } else {
        result = {
          summary: await this.record(manager, submission, invocation),
          replayed: false,
        };
        if (idempotentRequest)
          await this.idempotency.complete(manager, idempotentRequest, result.summary);
      }
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
    submission: ReferralSubmission,
    invocation: Invocation,
  ): Promise<ReferralSummary> {
    const submittedBy = invocation.actor.subject;
    await this.patients.lockIdentity(manager, submission.patient);
    const patientId = await this.patients.resolve(manager, submission.patient);
    const open = await this.patients.openReferralFor(manager, patientId, submission.order.therapy);
    if (open) {
      throw new ReferralError(
        'REFERRAL.DUPLICATE',
        `Referral ${open} is already open for this patient and therapy.`,
        {
          existingReferralId: open,
        },
      );
    }
    const diagnosis = classifyDiagnosis(submission.order.diagnosisCode);
    const submittedOn = todayIn(this.settings.PHARMACY_TIME_ZONE);
    const missing = missingItems(
      {
        diagnosis,
        planType: submission.insurance.planType,
        newStart: submission.order.newStart,
        submittedOn,
        documentTypes: submission.documents.map((document) => document.type),
        labs: submission.labs,
      },
      { renalLabMaxAgeDays: this.settings.INTAKE_RENAL_LAB_MAX_AGE_DAYS },
    );
    const { referral, changes } = Referral.receive(randomUUID(), missing);
    const { documents, labs, ...stored } = submission;
    const record = manager.create(ReferralRecord, {
      id: referral.id,
      patientId,
      status: referral.status,
      missing: [...referral.missing],
      offLabel: diagnosis.offLabel,
      therapy: submission.order.therapy,
      diagnosisCode: submission.order.diagnosisCode,
      submittedOn,
      submission: stored,
      submittedBy,
    });
    // insert, not save: save would first SELECT to decide between insert and update.
    await manager.insert(ReferralRecord, record);
    await this.referrals.insertLabs(manager, record.id, labs, submittedBy);
    const documentReferences = await this.referrals.insertDocuments(
      manager,
      record.id,
      documents,
      submittedBy,
    );
    // The row was inserted in its judged state; only its history is left to write.
    await this.referrals.recordHistory(manager, record.id, changes, submittedBy);
    await this.events.received(manager, record, diagnosis.offLabel, invocation);
    // Labs in the order the repository reads them back: by collection date.
    const storedLabs = [...labs].sort((a, b) => a.collectedOn.localeCompare(b.collectedOn));
    await this.events.changed(manager, record, changes, invocation, {
      labs: storedLabs,
      documents: documentReferences,
    });
    return summaryOf(record);
  }
}
