import { type DataSource } from 'typeorm';

export interface RetentionSettings {
  /** Published outbox rows are kept this long, for inspection, then deleted. */
  outboxRetentionHours: number;
  /**
   * Inbox rows are what makes a redelivery harmless, so they must outlive every way an event
   * can come back: Kafka's retention and a dead-letter replay weeks later.
   */
  inboxRetentionDays: number;
}

// Small batches, so pruning never holds long locks on tables the service writes to.
const BATCH = 5000;

/** Deletes published outbox rows and inbox rows past their retention; returns the counts. */
export async function pruneDelivered(
  dataSource: DataSource,
  settings: RetentionSettings,
): Promise<{ outbox: number; inbox: number }> {
  const outbox = await deleteInBatches(
    dataSource,
    `DELETE FROM outbox WHERE position IN (
       SELECT position FROM outbox WHERE published_at < now() - make_interval(hours => $1) LIMIT ${BATCH})`,
    settings.outboxRetentionHours,
  );
  const inbox = await deleteInBatches(
    dataSource,
    `DELETE FROM inbox WHERE event_id IN (
       SELECT event_id FROM inbox WHERE handled_at < now() - make_interval(days => $1) LIMIT ${BATCH})`,
    settings.inboxRetentionDays,
  );
  return { outbox, inbox };
}

async function deleteInBatches(
  dataSource: DataSource,
  statement: string,
  age: number,
): Promise<number> {
  let total = 0;
  for (;;) {
    const [, deleted] = await dataSource.query<[unknown, number]>(statement, [age]);
    total += deleted;
    if (deleted < BATCH) return total;
  }
}
