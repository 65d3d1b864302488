import { Injectable } from '@nestjs/common';
import { isUuid } from '@infuse/contracts';
import { UnitOfWork } from '@infuse/database';
import { type EventEnvelope, type Invocation } from '@infuse/messaging';
import { type EntityManager } from 'typeorm';
import { factsOf, type JourneyEntry } from '../domain/journey-entry';
import { projectJourney } from '../domain/journey-projection';
import { lifeOrder } from '../domain/life-order';
import { JourneyRepository } from '../persistence/journey.repository';

/** The entry an event makes in its referral's journey. */
export function journeyEntryOf(envelope: EventEnvelope): JourneyEntry {
  return {
    eventId: envelope.id,
    type: envelope.type,
    service: envelope.source.replace(/^\/infuse\//, ''),
    ...(envelope.actor ? { actor: envelope.actor } : {}),
    // One form for every instant, so a journey rebuilt from the topics compares equal.
    occurredAt: new Date(envelope.time).toISOString(),
    facts: factsOf(envelope.data),
  };
}

/**
 * Keeps an event in the journey of its referral (the event's correlation id) and recomputes the
 * referral's stage from all its entries, so an event that arrives late across topics still
 * lands in its place. The same event twice is kept once.
 */
@Injectable()
export class RecordJourneyEventUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly journeys: JourneyRepository,
  ) {}

  execute(envelope: EventEnvelope, invocation: Invocation): Promise<void> {
    return this.unitOfWork.run(invocation.transaction, async (manager) => {
      const referralId = envelope.correlationId;
      // Every event of a referral carries it; an event of no referral has no journey.
      if (!isUuid(referralId)) return;
      await this.journeys.lock(manager, referralId);
      if (!(await this.journeys.addEntry(manager, referralId, journeyEntryOf(envelope)))) return;
      await reprojectJourney(manager, this.journeys, referralId);
    });
  }
}

/** Recomputes a referral's stage from all its stored entries; the caller holds its lock. */
export async function reprojectJourney(
  manager: EntityManager,
  journeys: JourneyRepository,
  referralId: string,
): Promise<void> {
  const projection = projectJourney(await journeys.entriesOf(manager, referralId), lifeOrder);
  if (projection) await journeys.save(manager, referralId, projection);
}
