import { type JourneyEntry } from './journey-entry';
import { sameStage, type StageAt, stageOf } from './journey-stage';
import { applyEntry, emptyTracks } from './journey-tracks';

/** Where a referral stands, judged from every event of it the read model has. */
export interface JourneyProjection extends StageAt {
  /** When the referral entered its current stage. */
  readonly since: string;
  readonly receivedAt?: string;
  readonly firstDoseAt?: string;
  readonly dosesGiven: number;
  readonly lastEventAt: string;
}

/**
 * Entries in the order they happened: by the time each service committed them, then in the order
 * of a referral's life for events of the same instant (received and accepted in one transaction).
 */
export function inOrderOfHappening(
  entries: readonly JourneyEntry[],
  lifeOrder: (type: string) => number,
): JourneyEntry[] {
  return [...entries].sort(
    (a, b) =>
      Date.parse(a.occurredAt) - Date.parse(b.occurredAt) ||
      lifeOrder(a.type) - lifeOrder(b.type) ||
      a.eventId.localeCompare(b.eventId),
  );
}

/**
 * The journey of one referral from its entries, put in the order they happened whatever order
 * they arrived in across topics, so a late event still lands in its place and rebuilding from
 * the topics gives the same answer.
 */
export function projectJourney(
  entries: readonly JourneyEntry[],
  lifeOrder: (type: string) => number,
): JourneyProjection | undefined {
  const ordered = inOrderOfHappening(entries, lifeOrder);
  if (ordered.length === 0) return undefined;
  const tracks = emptyTracks();
  let current: StageAt | undefined;
  let since = ordered[0]!.occurredAt;
  for (const entry of ordered) {
    applyEntry(tracks, entry);
    const next = stageOf(tracks);
    if (!current || !sameStage(current, next)) since = entry.occurredAt;
    current = next;
  }
  return {
    ...current!,
    since,
    receivedAt: tracks.receivedAt,
    firstDoseAt: tracks.firstDoseAt,
    dosesGiven: tracks.dosesGiven,
    lastEventAt: ordered[ordered.length - 1]!.occurredAt,
  };
}
