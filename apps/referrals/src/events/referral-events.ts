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
  outgoing,
  type OutgoingEvent,
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
    const context = publishContextOf(invocation, referral.id, at);
    const events = referral.changes.map((change) =>
      this.eventOf(referral, change, context.actor.subject, at),
    );
    // One lock and one insert for all of them: most changes cause two or three events.
    await this.publisher.publishAll(manager, events, context);
  }

  private eventOf(
    referral: Referral,
    change: ReferralChange,
    actor: string,
    at: Date,
  ): OutgoingEvent {
    const ids = { referralId: referral.id, patientId: referral.patientId };
    const when = at.toISOString();
    switch (change.kind) {
      case 'received':
        return outgoing(ReferralReceived, {
          ...ids,
          therapy: referral.particulars.order.therapy,
          diagnosisCode: referral.particulars.order.diagnosisCode,
          offLabel: referral.offLabel,
          receivedAt: referral.receivedAt.toISOString(),
          submittedBy: referral.submittedBy,
        });
      case 'document-added':
        return outgoing(ReferralDocumentAdded, {
          ...ids,
          document: change.document,
          addedAt: when,
          addedBy: actor,
        });
      case 'lab-added':
        return outgoing(ReferralLabAdded, {
          ...ids,
          lab: change.lab,
          addedAt: when,
          addedBy: actor,
        });
      case 'documents-requested':
        return outgoing(ReferralDocumentsRequested, {
          ...ids,
          missing: change.missing,
          requestedAt: when,
        });
      case 'accepted':
        // What prior authorization and pharmacy need to act; documents by reference only.
        return outgoing(ReferralAccepted, {
          ...ids,
          acceptedAt: when,
          offLabel: referral.offLabel,
          ...referral.particulars,
          labs: [...referral.labs],
          documents: [...referral.documents],
        });
      case 'rejected':
        return outgoing(ReferralRejected, {
          ...ids,
          reason: change.reason,
          rejectedAt: when,
          rejectedBy: actor,
        });
      case 'cancelled':
        return outgoing(ReferralCancelled, {
          ...ids,
          ...(change.reason ? { reason: change.reason } : {}),
          cancelledAt: when,
          cancelledBy: actor,
        });
    }
  }
}
