import { randomUUID } from 'node:crypto';
import { ReferralReceived, systemActor } from '@infuse/contracts';
import { type DataSource } from 'typeorm';
import { publishEvent } from '../../src/outbox/event-publisher';

/** The producer the harness plays. */
export const HARNESS_ACTOR = systemActor('referrals');

/**
 * Writes `count` ReferralReceived events through the outbox from `writers` concurrent
 * transactions, spread over `patients` patients (the Kafka key), so several transactions write
 * events for the same patient at the same time.
 */
export async function writeEvents(
  dataSource: DataSource,
  options: { count: number; writers: number; patients: number; topicPrefix: string },
): Promise<void> {
  const patients = Array.from({ length: options.patients }, () => randomUUID());
  let next = 0;
  const writer = async () => {
    while (next < options.count) {
      const index = next++;
      await dataSource.transaction((manager) =>
        publishEvent(
          manager,
          ReferralReceived,
          receivedEvent(patients[index % patients.length]!),
          { correlationId: `load-${index}`, actor: HARNESS_ACTOR },
          options.topicPrefix,
        ),
      );
    }
  };
  await Promise.all(Array.from({ length: options.writers }, writer));
}

export function receivedEvent(patientId: string) {
  return {
    referralId: randomUUID(),
    patientId,
    therapy: 'IVIG' as const,
    diagnosisCode: 'D83.9',
    offLabel: false,
    receivedAt: new Date().toISOString(),
    submittedBy: 'ic-1',
  };
}

/** The order in which each patient's events were committed to the outbox. */
export async function outboxOrderByPatient(dataSource: DataSource): Promise<Map<string, string[]>> {
  const rows: { subject: string; event_id: string }[] = await dataSource.query(
    `SELECT subject, event_id FROM outbox ORDER BY position`,
  );
  return groupIds(rows);
}

/** The order in which the consumer applied each patient's events. */
export async function appliedOrderByPatient(
  dataSource: DataSource,
): Promise<Map<string, string[]>> {
  const rows: { subject: string; event_id: string }[] = await dataSource.query(
    `SELECT subject, event_id FROM applied_event ORDER BY sequence`,
  );
  return groupIds(rows);
}

function groupIds(rows: { subject: string; event_id: string }[]): Map<string, string[]> {
  const bySubject = new Map<string, string[]>();
  for (const row of rows)
    bySubject.set(row.subject, [...(bySubject.get(row.subject) ?? []), row.event_id]);
  return bySubject;
}

export async function countRows(
  dataSource: DataSource,
  table: 'applied_event' | 'outbox',
): Promise<number> {
  const [row] = await dataSource.query<{ count: string }[]>(`SELECT count(*) FROM ${table}`);
  return Number(row?.count ?? 0);
}

/** Polls until `probe` returns true or the time is up. */
export async function eventually(
  probe: () => Promise<boolean>,
  timeoutMs: number,
  what: string,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export function percentile(sortedMs: number[], fraction: number): number {
  if (sortedMs.length === 0) return NaN;
  return sortedMs[Math.min(sortedMs.length - 1, Math.ceil(fraction * sortedMs.length) - 1)]!;
}
