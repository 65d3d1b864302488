import { Injectable } from '@nestjs/common';
import { type EntityManager } from 'typeorm';
import { type JourneyEntry, type JourneyFacts } from '../domain/journey-entry';
import { type JourneyProjection } from '../domain/journey-projection';

interface EntryRow {
  event_id: string;
  type: string;
  service: string;
  actor_subject: string | null;
  actor_role: string | null;
  occurred_at: Date;
  facts: JourneyFacts;
}

export interface StoredJourney extends JourneyProjection {
  readonly referralId: string;
}

interface JourneyRow {
  referral_id: string;
  stage: JourneyProjection['stage'];
  cycle: number;
  step: JourneyProjection['step'] | null;
  waiting_on: NonNullable<JourneyProjection['waiting']>['on'] | null;
  waiting_for: string | null;
  since: Date;
  received_at: Date | null;
  first_dose_at: Date | null;
  doses_given: number;
  last_event_at: Date;
}

/** The journey read model's two tables: the entries of each referral, and its stage. */
@Injectable()
export class JourneyRepository {
  /** Stores an entry; false when it was stored before (a redelivered or rebuilt event). */
  async addEntry(
    manager: EntityManager,
    referralId: string,
    entry: JourneyEntry,
  ): Promise<boolean> {
    const inserted = await manager.query<unknown[]>(
      `INSERT INTO journey_entry (event_id, referral_id, type, service, actor_subject, actor_role, occurred_at, facts)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (event_id) DO NOTHING RETURNING event_id`,
      [
        entry.eventId,
        referralId,
        entry.type,
        entry.service,
        entry.actor?.subject ?? null,
        entry.actor?.role ?? null,
        entry.occurredAt,
        JSON.stringify(entry.facts),
      ],
    );
    return inserted.length > 0;
  }

  /** Makes changes to one referral's journey take turns, until the transaction ends. */
  async lock(manager: EntityManager, referralId: string): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('journey:' || $1))`, [referralId]);
  }

  /** Every entry of a referral, in no particular order. */
  async entriesOf(manager: EntityManager, referralId: string): Promise<JourneyEntry[]> {
    const rows = await manager.query<EntryRow[]>(
      `SELECT event_id, type, service, actor_subject, actor_role, occurred_at, facts
         FROM journey_entry WHERE referral_id = $1`,
      [referralId],
    );
    return rows.map(entryOf);
  }

  async save(
    manager: EntityManager,
    referralId: string,
    journey: JourneyProjection,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO journey (referral_id, stage, cycle, step, waiting_on, waiting_for, since,
                            received_at, first_dose_at, doses_given, last_event_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
       ON CONFLICT (referral_id) DO UPDATE SET
         stage = excluded.stage, cycle = excluded.cycle, step = excluded.step,
         waiting_on = excluded.waiting_on, waiting_for = excluded.waiting_for,
         since = excluded.since, received_at = excluded.received_at,
         first_dose_at = excluded.first_dose_at, doses_given = excluded.doses_given,
         last_event_at = excluded.last_event_at`,
      [
        referralId,
        journey.stage,
        journey.cycle,
        journey.step ?? null,
        journey.waiting?.on ?? null,
        journey.waiting?.for ?? null,
        journey.since,
        journey.receivedAt ?? null,
        journey.firstDoseAt ?? null,
        journey.dosesGiven,
        journey.lastEventAt,
      ],
    );
  }

  async find(manager: EntityManager, referralId: string): Promise<StoredJourney | undefined> {
    const [row] = await manager.query<JourneyRow[]>(
      `SELECT * FROM journey WHERE referral_id = $1`,
      [referralId],
    );
    return row ? journeyOf(row) : undefined;
  }

  /** Every stored journey, for the rebuild to compare against. */
  async all(manager: EntityManager): Promise<StoredJourney[]> {
    const rows = await manager.query<JourneyRow[]>(`SELECT * FROM journey ORDER BY referral_id`);
    return rows.map(journeyOf);
  }

  /** Every referral with entries. */
  async referralIds(manager: EntityManager): Promise<string[]> {
    const rows = await manager.query<{ referral_id: string }[]>(
      `SELECT DISTINCT referral_id FROM journey_entry ORDER BY referral_id`,
    );
    return rows.map((row) => row.referral_id);
  }
}

function entryOf(row: EntryRow): JourneyEntry {
  return {
    eventId: row.event_id,
    type: row.type,
    service: row.service,
    ...(row.actor_subject
      ? { actor: { subject: row.actor_subject, role: row.actor_role ?? 'unknown' } }
      : {}),
    occurredAt: row.occurred_at.toISOString(),
    facts: row.facts,
  };
}

function journeyOf(row: JourneyRow): StoredJourney {
  return {
    referralId: row.referral_id,
    stage: row.stage,
    cycle: row.cycle,
    ...(row.step ? { step: row.step } : {}),
    ...(row.waiting_on ? { waiting: { on: row.waiting_on, for: row.waiting_for ?? '' } } : {}),
    since: row.since.toISOString(),
    ...(row.received_at ? { receivedAt: row.received_at.toISOString() } : {}),
    ...(row.first_dose_at ? { firstDoseAt: row.first_dose_at.toISOString() } : {}),
    dosesGiven: row.doses_given,
    lastEventAt: row.last_event_at.toISOString(),
  };
}
