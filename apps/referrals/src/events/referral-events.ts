import { Injectable } from '@nestjs/common';
import {
  ReferralAccepted,
  ReferralCancelled,
  ReferralDocumentAdded,
  ReferralDocumentsRequested,
  ReferralLabAdded,
  ReferralReceived,
  ReferralRejected,
} from '@infuse/contracts';
import { type DocumentReference, type LabResult } from '@infuse/contracts';
import { EventPublisher, type Invocation, publishContextOf } from '@infuse/messaging';
import { type EntityManager } from 'typeorm';
import { type ReferralChange } from '../domain/referral.aggregate';
import { ReferralRepository } from '../persistence/referral.repository';
import { type ReferralRecord } from '../persistence/referral.orm-entity';

/** A referral's labs and document references, when the caller has just written them. */
export interface StoredAttachments {
  labs: LabResult[];
  documents: DocumentReference[];
}

/**
 * Announces what happened to a referral, through the outbox of the transaction that made it
 * happen. The correlation id of every referral event is the referral's id.
 */
@Injectable()
export class ReferralEvents {
  constructor(
    private readonly publisher: EventPublisher,
    private readonly referrals: ReferralRepository,
  ) {}

  async received(
    manager: EntityManager,
    record: ReferralRecord,
    offLabel: boolean,
    invocation: Invocation,
  ): Promise<void> {
    await this.publisher.publish(
      manager,
      ReferralReceived,
      {
        referralId: record.id,
        patientId: record.patientId,
        therapy: record.submission.order.therapy,
        diagnosisCode: record.diagnosisCode,
        offLabel,
        receivedAt: record.createdAt.toISOString(),
        submittedBy: record.submittedBy,
      },
      publishContextOf(invocation, record.id),
    );
  }

  /** A document arrived after submission; services holding the referral learn of it. */
  async documentAdded(
    manager: EntityManager,
    record: ReferralRecord,
    document: DocumentReference,
    invocation: Invocation,
  ): Promise<void> {
    const data = {
      referralId: record.id,
      patientId: record.patientId,
      document,
      addedAt: new Date().toISOString(),
      addedBy: invocation.actor.subject,
    };
    await this.publisher.publish(
      manager,
      ReferralDocumentAdded,
      data,
      publishContextOf(invocation, record.id),
    );
  }

  /** A lab result arrived after submission. */
  async labAdded(
    manager: EntityManager,
    record: ReferralRecord,
    lab: LabResult,
    invocation: Invocation,
  ): Promise<void> {
    const data = {
      referralId: record.id,
      patientId: record.patientId,
      lab,
      addedAt: new Date().toISOString(),
      addedBy: invocation.actor.subject,
    };
    await this.publisher.publish(
      manager,
      ReferralLabAdded,
      data,
      publishContextOf(invocation, record.id),
    );
  }

  async changed(
    manager: EntityManager,
    record: ReferralRecord,
    changes: readonly ReferralChange[],
    invocation: Invocation,
    stored?: StoredAttachments,
  ): Promise<void> {
    const at = new Date().toISOString();
    const ids = { referralId: record.id, patientId: record.patientId };
    const context = publishContextOf(invocation, record.id);
    const actor = invocation.actor.subject;
    for (const change of changes) {
      switch (change.kind) {
        case 'documents-requested':
          await this.publisher.publish(
            manager,
            ReferralDocumentsRequested,
            { ...ids, missing: change.missing, requestedAt: at },
            context,
          );
          break;
        case 'accepted':
          await this.publisher.publish(
            manager,
            ReferralAccepted,
            await this.acceptedSnapshot(manager, record, at, stored),
            context,
          );
          break;
        case 'rejected':
          await this.publisher.publish(
            manager,
            ReferralRejected,
            { ...ids, reason: change.reason, rejectedAt: at, rejectedBy: actor },
            context,
          );
          break;
        case 'cancelled':
          await this.publisher.publish(
            manager,
            ReferralCancelled,
            {
              ...ids,
              ...(change.reason ? { reason: change.reason } : {}),
              cancelledAt: at,
              cancelledBy: actor,
            },
            context,
          );
          break;
      }
    }
  }

  // What prior authorization and pharmacy need to act on an accepted referral; documents by
  // reference only.
  private async acceptedSnapshot(
    manager: EntityManager,
    record: ReferralRecord,
    acceptedAt: string,
    stored: StoredAttachments | undefined,
  ) {
    const { patient, prescriber, order, insurance } = record.submission;
    return {
      referralId: record.id,
      patientId: record.patientId,
      acceptedAt,
      offLabel: record.offLabel,
      patient,
      prescriber,
      order,
      insurance,
      labs: stored?.labs ?? (await this.referrals.labsOf(manager, record.id)),
      documents: stored?.documents ?? (await this.referrals.documentsOf(manager, record.id)),
    };
  }
}
