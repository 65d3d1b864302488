import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Refusal, UpdateResult } from '../visit-update';
import type { VisitUpdate } from '@infuse/contracts';

/** Waiting to be sent, or what the service answered the last time it was sent. */
export type QueuedState = 'waiting' | 'applied' | 'already_applied' | 'refused';

/**
 * One update on the device. It is written here before anything is sent, and keeps its
 * clientUpdateId and device time across every retry, so the service stores it once. The store
 * holds updates only: the session stays in the gateway's cookie, never here.
 */
export interface QueuedUpdate {
  clientUpdateId: string;
  visitId: string;
  /** The nurse who recorded it: another nurse signed in on the device never sends it. */
  nurseId: string;
  update: VisitUpdate;
  state: QueuedState;
  attempts: number;
  lastAttemptAt?: string;
  answeredAt?: string;
  refusal?: Refusal;
}

interface NurseDeviceSchema extends DBSchema {
  updates: {
    key: string;
    value: QueuedUpdate;
    indexes: { 'by-nurse': string };
  };
}

const DATABASE = 'infuse-nurse-device';
// Answered updates stay a day so the nurse sees what became of them; waiting ones stay until sent.
const KEEP_ANSWERED_MS = 24 * 60 * 60 * 1000;

let opened: Promise<IDBPDatabase<NurseDeviceSchema>> | undefined;

function database(): Promise<IDBPDatabase<NurseDeviceSchema>> {
  opened ??= openDB<NurseDeviceSchema>(DATABASE, 1, {
    upgrade(db) {
      const updates = db.createObjectStore('updates', { keyPath: 'clientUpdateId' });
      updates.createIndex('by-nurse', 'nurseId');
    },
  });
  return opened;
}

/** The device's updates of one nurse, in the order of the device's clock. */
export async function updatesOf(nurseId: string): Promise<QueuedUpdate[]> {
  const all = await (await database()).getAllFromIndex('updates', 'by-nurse', nurseId);
  return all.sort(
    (a, b) =>
      Date.parse(a.update.at) - Date.parse(b.update.at) ||
      a.clientUpdateId.localeCompare(b.clientUpdateId),
  );
}

/** Stores a new update; resolves once IndexedDB has committed it. */
export async function keep(queued: QueuedUpdate): Promise<void> {
  await (await database()).add('updates', queued);
}

/** Notes a send attempt of these updates (the count survives a reload). */
export async function markAttempt(ids: readonly string[], at: string): Promise<void> {
  const tx = (await database()).transaction('updates', 'readwrite');
  for (const id of ids) {
    const queued = await tx.store.get(id);
    if (queued) await tx.store.put({ ...queued, attempts: queued.attempts + 1, lastAttemptAt: at });
  }
  await tx.done;
}

/** Records the service's answer for each update it answered. */
export async function recordAnswers(results: readonly UpdateResult[], at: string): Promise<void> {
  const tx = (await database()).transaction('updates', 'readwrite');
  for (const result of results) {
    const queued = await tx.store.get(result.clientUpdateId);
    if (!queued) continue;
    if (result.status === 'refused') {
      const { reason, message, allowedMlPerHour, earliestAt } = result;
      await tx.store.put({
        ...queued,
        state: 'refused',
        answeredAt: at,
        refusal: {
          reason,
          message,
          ...(allowedMlPerHour === undefined ? {} : { allowedMlPerHour }),
          ...(earliestAt === undefined ? {} : { earliestAt }),
        },
      });
    } else {
      // A refusal of an earlier attempt no longer stands once the update is on the server.
      await tx.store.put({ ...queued, state: result.status, answeredAt: at, refusal: undefined });
    }
  }
  await tx.done;
}

/** Forgets answered updates older than a day: the record on the server is what counts then. */
export async function pruneAnswered(now: number): Promise<void> {
  const tx = (await database()).transaction('updates', 'readwrite');
  let cursor = await tx.store.openCursor();
  while (cursor) {
    const { state, answeredAt } = cursor.value;
    if (state !== 'waiting' && answeredAt && now - Date.parse(answeredAt) > KEEP_ANSWERED_MS)
      await cursor.delete();
    cursor = await cursor.continue();
  }
  await tx.done;
}
