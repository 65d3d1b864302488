import { isUuid, TOPIC_NAMES } from '@infuse/contracts';
import {
  type EventEnvelope,
  fromKafkaMessage,
  readTopicsToEnd,
  withTopicPrefix,
} from '@infuse/messaging';
import { type Kafka } from 'kafkajs';
import { type DataSource } from 'typeorm';
import { type JourneyEntry } from '../domain/journey-entry';
import { type JourneyProjection, projectJourney } from '../domain/journey-projection';
import { lifeOrder } from '../domain/life-order';
import { JourneyRepository } from '../persistence/journey.repository';
import { journeyEntryOf, reprojectJourney } from '../record-journey/record-journey-event.use-case';

export interface RebuildReport {
  /** Events read from the topics, and how many belong to a referral. */
  eventsRead: number;
  referrals: number;
  /** Referrals whose journey computed from the topics differs from the stored one. */
  differing: string[];
  /** Entries the read model lacked, now stored. */
  entriesAdded: number;
}

/**
 * Rebuilds the journey read model from the topics: reads every domain topic from its beginning,
 * computes each referral's journey from those events alone, compares it with the stored one, and
 * then stores what was missing and recomputes every journey from the union (so events consumed
 * while the rebuild ran are kept). On a healthy system nothing differs and nothing is added.
 */
export async function rebuildJourneys(
  dataSource: DataSource,
  kafka: Kafka,
  topicPrefix: string,
): Promise<RebuildReport> {
  const byReferral = new Map<string, JourneyEntry[]>();
  let eventsRead = 0;
  await readTopicsToEnd(
    kafka,
    TOPIC_NAMES.map((topic) => withTopicPrefix(topicPrefix, topic)),
    (message) => {
      eventsRead += 1;
      const envelope = envelopeOf(message);
      if (!envelope || !isUuid(envelope.correlationId)) return;
      const entries = byReferral.get(envelope.correlationId) ?? [];
      entries.push(journeyEntryOf(envelope));
      byReferral.set(envelope.correlationId, entries);
    },
    { purpose: 'journey-rebuild', timeoutMs: 300_000 },
  );

  const journeys = new JourneyRepository();
  return dataSource.transaction(async (manager) => {
    const stored = new Map(
      (await journeys.all(manager)).map((journey) => [journey.referralId, journey]),
    );
    const differing: string[] = [];
    let entriesAdded = 0;
    for (const [referralId, entries] of byReferral) {
      const rebuilt = projectJourney(unique(entries), lifeOrder);
      const before = stored.get(referralId);
      if (!before || !rebuilt || !sameJourney(before, rebuilt)) differing.push(referralId);
      await journeys.lock(manager, referralId);
      for (const entry of entries)
        if (await journeys.addEntry(manager, referralId, entry)) entriesAdded += 1;
      await reprojectJourney(manager, journeys, referralId);
    }
    return { eventsRead, referrals: byReferral.size, differing, entriesAdded };
  });
}

function envelopeOf(message: Parameters<typeof fromKafkaMessage>[0]): EventEnvelope | undefined {
  try {
    return fromKafkaMessage(message);
  } catch {
    // Not an event of ours (the consumers dead-letter such messages); nothing to rebuild from.
    return undefined;
  }
}

// A topic may hold an event twice (a producer's retry); the read model keeps it once.
function unique(entries: readonly JourneyEntry[]): JourneyEntry[] {
  return [...new Map(entries.map((entry) => [entry.eventId, entry])).values()];
}

const FIELDS = [
  'stage',
  'cycle',
  'step',
  'since',
  'receivedAt',
  'firstDoseAt',
  'dosesGiven',
  'lastEventAt',
] as const satisfies readonly (keyof JourneyProjection)[];

function sameJourney(a: JourneyProjection, b: JourneyProjection): boolean {
  return (
    FIELDS.every((field) => a[field] === b[field]) &&
    a.waiting?.on === b.waiting?.on &&
    a.waiting?.for === b.waiting?.for
  );
}
