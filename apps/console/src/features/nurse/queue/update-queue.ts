import { fieldProblems, NetworkError, plainWords, ProblemError } from '../../../api/problem';
import type { UpdateResult } from '../visit-update';
import type { UpdateFacts, VisitUpdate } from '@infuse/contracts';
import { visitsApi } from '../visits.api';
import {
  keep,
  markAttempt,
  pruneAnswered,
  recordAnswers,
  updatesOf,
  type QueuedUpdate,
} from './update-store';

/** What the nurse sees of her device's queue. */
export interface QueueSnapshot {
  nurseId: string | null;
  loaded: boolean;
  /** Her updates on this device, waiting or answered, in the order of the device's clock. */
  updates: readonly QueuedUpdate[];
  /** The updates of the batch on its way now. */
  inFlight: ReadonlySet<string>;
  online: boolean;
  sending: boolean;
  /** When the next attempt is due after a failed one (device clock, ms). */
  nextRetryAt: number | null;
  /** Sending waits for the nurse (signed out, or refused outright), not for the network. */
  blocked: { kind: 'signed_out' | 'refused'; message: string } | null;
  lastError: string | null;
}

type Listener = () => void;
type AnsweredListener = (visitIds: readonly string[]) => void;
type Outcome = 'next' | 'retry' | 'stop';

// One batch per visit per request; the service takes up to 500 (visit-update.schema.ts).
const BATCH_SIZE = 100;
const FIRST_RETRY_MS = 1_000;
const LONGEST_RETRY_MS = 60_000;
const SEND_LOCK = 'infuse-nurse-queue-send';
const CHANNEL = 'infuse-nurse-queue';

/**
 * The nurse's updates: written to IndexedDB first, then sent in batches whenever the device is
 * online, retried with backoff, each answer kept beside its update. Ids and device times never
 * change between attempts, so a batch sent twice (an answer lost on a dropping connection, a
 * reload mid-send, two tabs) is stored once by the service.
 */
class UpdateQueue {
  private snapshot: QueueSnapshot = {
    nurseId: null,
    loaded: false,
    updates: [],
    inFlight: new Set(),
    online: typeof navigator === 'undefined' ? true : navigator.onLine,
    sending: false,
    nextRetryAt: null,
    blocked: null,
    lastError: null,
  };
  private readonly listeners = new Set<Listener>();
  private readonly answeredListeners = new Set<AnsweredListener>();
  private failures = 0;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private lastAt = 0;
  private channel: BroadcastChannel | undefined;
  private listening = false;
  private flushAgain = false;

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): QueueSnapshot => this.snapshot;

  /** Called with the visits whose updates the service just answered. */
  onAnswered(listener: AnsweredListener): () => void {
    this.answeredListeners.add(listener);
    return () => this.answeredListeners.delete(listener);
  }

  /** Starts (or resumes) the queue for the signed-in nurse, and sends what is waiting. */
  start(nurseId: string): void {
    this.listen();
    const switched = this.snapshot.nurseId !== nurseId;
    this.set({
      nurseId,
      blocked: null,
      ...(switched ? { loaded: false, updates: [], lastError: null } : {}),
    });
    void pruneAnswered(Date.now())
      .catch(() => undefined)
      .then(() => this.reload());
    this.failures = 0;
    void this.flush();
  }

  /**
   * Records what the nurse did now: kept on the device first (the promise resolves once it is
   * stored), then sent when the connection allows.
   */
  async record(visitId: string, facts: UpdateFacts): Promise<QueuedUpdate> {
    const nurseId = this.snapshot.nurseId;
    if (!nurseId) throw new Error('The update queue has not started');
    // Strictly increasing device times: two updates of one tap (a reaction, then its lower rate)
    // are judged by the service in the order the nurse made them.
    const at = Math.max(Date.now(), this.lastAt + 1);
    this.lastAt = at;
    const clientUpdateId = crypto.randomUUID();
    const update: VisitUpdate = { clientUpdateId, at: new Date(at).toISOString(), ...facts };
    const queued: QueuedUpdate = {
      clientUpdateId,
      visitId,
      nurseId,
      update,
      state: 'waiting',
      attempts: 0,
    };
    await keep(queued);
    await this.reload();
    this.announceChange();
    void this.flush();
    return queued;
  }

  /** Sends now, without waiting for the backoff (the nurse's "Send now"). */
  sendNow(): void {
    this.failures = 0;
    this.set({ blocked: null });
    void this.flush();
  }

  private listen(): void {
    if (this.listening || typeof window === 'undefined') return;
    this.listening = true;
    window.addEventListener('online', () => {
      this.set({ online: true });
      this.failures = 0;
      void this.flush();
    });
    window.addEventListener('offline', () => this.set({ online: false }));
    if (typeof BroadcastChannel !== 'undefined') {
      // Another tab of the console sent or recorded something: read the store again.
      this.channel = new BroadcastChannel(CHANNEL);
      this.channel.onmessage = () => void this.reload();
    }
  }

  private async flush(): Promise<void> {
    const nurseId = this.snapshot.nurseId;
    if (this.snapshot.sending) {
      // Recorded while a batch was on its way: send again once it is answered.
      this.flushAgain = true;
      return;
    }
    if (!nurseId || this.snapshot.blocked) return;
    if (!navigator.onLine) {
      this.set({ online: false });
      return;
    }
    clearTimeout(this.retryTimer);
    this.set({ sending: true, nextRetryAt: null, online: true });
    this.flushAgain = false;
    try {
      await withSendLock(() => this.sendWaiting(nurseId));
    } finally {
      this.set({ sending: false, inFlight: new Set() });
    }
    if (this.flushAgain && this.snapshot.nextRetryAt === null) void this.flush();
  }

  /** Sends the waiting updates a visit at a time, oldest first, until none is left or one fails. */
  private async sendWaiting(nurseId: string): Promise<void> {
    for (;;) {
      // Read from the store, not memory: another tab may have sent some meanwhile.
      const waiting = (await updatesOf(nurseId)).filter((queued) => queued.state === 'waiting');
      const first = waiting[0];
      if (!first || this.snapshot.nurseId !== nurseId) return;
      const batch = waiting
        .filter((queued) => queued.visitId === first.visitId)
        .slice(0, BATCH_SIZE);
      const ids = batch.map((queued) => queued.clientUpdateId);
      await markAttempt(ids, new Date().toISOString());
      this.set({ inFlight: new Set(ids) });
      const outcome = await this.send(first.visitId, batch);
      await this.reload();
      this.announceChange();
      if (outcome === 'stop') return;
      // An answer that settled none of the batch would send it again at once: wait instead.
      const settled = this.snapshot.updates.some(
        (queued) => ids.includes(queued.clientUpdateId) && queued.state !== 'waiting',
      );
      if (outcome === 'retry' || !settled) return this.retryLater();
      this.failures = 0;
      this.set({ lastError: null });
      this.notifyAnswered([first.visitId]);
    }
  }

  private async send(visitId: string, batch: readonly QueuedUpdate[]): Promise<Outcome> {
    const now = () => new Date().toISOString();
    try {
      const answer = await visitsApi.record(
        visitId,
        batch.map((queued) => queued.update),
      );
      await recordAnswers(answer.results, now());
      return 'next';
    } catch (error) {
      if (error instanceof NetworkError) {
        this.set({ lastError: plainWords(error) });
        return 'retry';
      }
      if (!(error instanceof ProblemError)) {
        this.set({ lastError: plainWords(error) });
        return 'retry';
      }
      const { status, problem } = error;
      // The note was locked: the service still answers each update of the batch.
      if (status === 409 && Array.isArray(problem['results'])) {
        await recordAnswers(problem['results'] as UpdateResult[], now());
        return 'next';
      }
      if (status === 401) {
        this.set({ blocked: { kind: 'signed_out', message: plainWords(error) } });
        return 'stop';
      }
      if (status === 403) {
        this.set({ blocked: { kind: 'refused', message: plainWords(error) } });
        return 'stop';
      }
      if (status === 400) {
        await recordAnswers(invalidUpdates(batch, error), now());
        return 'next';
      }
      if (status === 408 || status === 429 || status >= 500) {
        this.set({ lastError: plainWords(error) });
        return 'retry';
      }
      // 404 (the visit is no longer hers), 409 (cancelled with its dose), other 4xx: asking
      // again will not change it. Each update shows why; nothing is deleted.
      const refusal = { reason: problem.title, message: plainWords(error) };
      await recordAnswers(
        batch.map((queued) => ({
          clientUpdateId: queued.clientUpdateId,
          status: 'refused',
          ...refusal,
        })),
        now(),
      );
      return 'next';
    }
  }

  private retryLater(): void {
    this.failures += 1;
    const ceiling = Math.min(LONGEST_RETRY_MS, FIRST_RETRY_MS * 2 ** (this.failures - 1));
    // Jitter, so devices that lost the same cell tower do not all come back at once.
    const delay = Math.round(ceiling * (0.5 + Math.random() / 2));
    clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => void this.flush(), delay);
    this.set({ nextRetryAt: Date.now() + delay });
  }

  private async reload(): Promise<void> {
    const nurseId = this.snapshot.nurseId;
    if (!nurseId) return;
    const updates = await updatesOf(nurseId);
    if (this.snapshot.nurseId === nurseId) this.set({ updates, loaded: true });
  }

  private announceChange(): void {
    this.channel?.postMessage('changed');
  }

  private notifyAnswered(visitIds: readonly string[]): void {
    for (const listener of this.answeredListeners) listener(visitIds);
  }

  private set(change: Partial<QueueSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...change };
    for (const listener of this.listeners) listener();
  }
}

/**
 * A 400 names the bad fields by pointer (`/updates/3/pulse`): those updates are refused with
 * the field's problem, the rest stay waiting. With no update named, the whole batch is.
 */
function invalidUpdates(batch: readonly QueuedUpdate[], error: ProblemError): UpdateResult[] {
  const problems = new Map<number, string[]>();
  for (const [path, detail] of fieldProblems(error)) {
    const [root, index, ...field] = path.split('.');
    if (root !== 'updates' || index === undefined || !/^\d+$/.test(index)) continue;
    const list = problems.get(Number(index)) ?? [];
    list.push(field.length > 0 ? `${field.join('.')}: ${detail}` : detail);
    problems.set(Number(index), list);
  }
  const refuse = (queued: QueuedUpdate, message: string): UpdateResult => ({
    clientUpdateId: queued.clientUpdateId,
    status: 'refused',
    reason: 'INVALID',
    message,
  });
  if (problems.size === 0) return batch.map((queued) => refuse(queued, plainWords(error)));
  return batch.flatMap((queued, index) => {
    const found = problems.get(index);
    return found ? [refuse(queued, found.join('; '))] : [];
  });
}

/** One tab sends at a time; the others leave it to that one (and hear of it by broadcast). */
async function withSendLock(send: () => Promise<void>): Promise<void> {
  if (typeof navigator === 'undefined' || !('locks' in navigator)) return send();
  await navigator.locks.request(SEND_LOCK, { ifAvailable: true }, async (lock) => {
    if (lock) await send();
  });
}

export const updateQueue = new UpdateQueue();
