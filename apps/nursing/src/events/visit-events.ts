import { Injectable } from '@nestjs/common';
import { VisitAssigned, VisitCancelled, VisitScheduled } from '@infuse/contracts';
import {
  EventPublisher,
  type Invocation,
  outgoing,
  type OutgoingEvent,
  publishContextOf,
} from '@infuse/messaging';
import { type EntityManager } from 'typeorm';
import { type Visit, visitEventIds } from '../domain/visit';

/** A visit put on the calendar: new, or moved with the day it had and why. */
export function scheduledEvent(
  visit: Visit,
  invocation: Invocation,
  at: Date,
  move?: { from: string; reason: string },
): OutgoingEvent {
  return outgoing(VisitScheduled, {
    ...visitEventIds(visit),
    ...(visit.nurseId ? { nurseId: visit.nurseId } : {}),
    ...(move ? { rescheduledFrom: move.from, reason: move.reason } : {}),
    scheduledBy: invocation.actor.subject,
    scheduledAt: at.toISOString(),
  });
}

export function assignedEvent(
  visit: Visit & { nurseId: string },
  basis: 'territory' | 'manual',
  invocation: Invocation,
  at: Date,
  previousNurseId?: string | null,
): OutgoingEvent {
  return outgoing(VisitAssigned, {
    ...visitEventIds(visit),
    nurseId: visit.nurseId,
    ...(previousNurseId ? { previousNurseId } : {}),
    basis,
    assignedBy: invocation.actor.subject,
    assignedAt: at.toISOString(),
  });
}

export function cancelledEvent(
  visit: Visit,
  reason: string,
  invocation: Invocation,
  at: Date,
): OutgoingEvent {
  return outgoing(VisitCancelled, {
    ...visitEventIds(visit),
    reason,
    cancelledBy: invocation.actor.subject,
    cancelledAt: at.toISOString(),
  });
}

/**
 * Announces what happened to visits through the outbox of the transaction that made it happen.
 * The correlation id is the referral's, like every event of the patient's journey.
 */
@Injectable()
export class VisitEvents {
  constructor(private readonly publisher: EventPublisher) {}

  async publish(
    manager: EntityManager,
    referralId: string,
    events: readonly OutgoingEvent[],
    invocation: Invocation,
    at: Date,
  ): Promise<void> {
    if (events.length === 0) return;
    await this.publisher.publishAll(manager, events, publishContextOf(invocation, referralId, at));
  }
}
