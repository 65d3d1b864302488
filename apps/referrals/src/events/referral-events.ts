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
import {
  EventPublisher,
  type Invocation,
  type PublishContext,
  publishContextOf,
} from '@infuse/messaging';
import { type EntityManager } from 'typeorm';
import { type Referral, type ReferralChange } from '../domain/referral.aggregate';

/**
 * Announces what happened to a referral, through the outbox of the transaction that made it
 * happen: one event per change, built from the referral in hand (labs and documents in the order
 * added, as stored). The correlation id of every referral event is the referral's id.
 */
@Injectable()
export class ReferralEvents {
  constructor(private readonly publisher: EventPublisher) {}

  async publishChanges(
    manager: EntityManager,
    referral: Referral,
    invocation: Invocation,
    at: Date,
  ): Promise<void> {
    const context = { ...publishContextOf(invocation, referral.id), occurredAt: at };
    for (const change of referral.changes)
      await this.publishChange(manager, referral, change, context);
  }

  private async publishChange(
    manager: EntityManager,
    referral: Referral,
    change: ReferralChange,
    context: PublishContext & { occurredAt: Date },
  ): Promise<void> {
    const ids = { referralId: referral.id, patientId: referral.patientId };
    const actor = context.actor.subject;
    const when = context.occurredAt.toISOString();
    switch (change.kind) {
      case 'received':
        await this.publisher.publish(
          manager,
          ReferralReceived,
          {
            ...ids,
            therapy: referral.particulars.order.therapy,
            diagnosisCode: referral.particulars.order.diagnosisCode,
            offLabel: referral.offLabel,
            receivedAt: referral.receivedAt.toISOString(),
            submittedBy: referral.submittedBy,
          },
          context,
        );
        break;
      case 'document-added':
        await this.publisher.publish(
          manager,
          ReferralDocumentAdded,
          { ...ids, document: change.document, addedAt: when, addedBy: actor },
          context,
        );
        break;
      case 'lab-added':
        await this.publisher.publish(
          manager,
          ReferralLabAdded,
          { ...ids, lab: change.lab, addedAt: when, addedBy: actor },
          context,
        );
        break;
      case 'documents-requested':
        await this.publisher.publish(
          manager,
          ReferralDocumentsRequested,
          { ...ids, missing: change.missing, requestedAt: when },
          context,
        );
        break;
      case 'accepted':
        // What prior authorization and pharmacy need to act; documents by reference only.
        await this.publisher.publish(
          manager,
          ReferralAccepted,
          {
            ...ids,
            acceptedAt: when,
            offLabel: referral.offLabel,
            ...referral.particulars,
            labs: [...referral.labs],
            documents: [...referral.documents],
          },
          context,
        );
        break;
      case 'rejected':
        await this.publisher.publish(
          manager,
          ReferralRejected,
          { ...ids, reason: change.reason, rejectedAt: when, rejectedBy: actor },
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
            cancelledAt: when,
            cancelledBy: actor,
          },
          context,
        );
        break;
    }
  }
}
