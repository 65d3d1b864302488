import { parseTraceparent, runInTrace } from '@infuse/observability';
import { type DataSource } from 'typeorm';
import { describeFailure } from '../http/call-failure';
import { errorNameOf } from '../http/error-name';
import { type CallTargets } from '../http/call-target';
import { type CallResult } from '../http/outbound-request';
import { type ResilientHttpClient } from '../http/resilient-http-client';
import { CallStore } from './call-store';
import { CallWakeUps } from './call-wake-ups';
import { type OutboundCallHandler } from './outbound-call-handler';
import { type OutboundCallMetrics } from './outbound-call-metrics';
import { type OutboundCallRow, recordedCallOf, requestOf } from './outbound-call-row';
import { rescheduleDelayMs, type RescheduleSettings } from './reschedule-delay';
import { type FinalVerdict, handOver, settlementOf, verdictOf } from './verdict';

export interface DispatchSettings extends RescheduleSettings {
  maxAttempts: number;
  leaseMs: number;
  concurrency: number;
  /** Fallback when a NOTIFY is missed (e.g. the listening connection was being re-made). */
  pollIntervalMs: number;
}

export interface OutboundCallDispatcherOptions {
  dataSource: DataSource;
  databaseUrl: string;
  schema: string;
  client: ResilientHttpClient;
  targets: CallTargets;
  /** By call kind; this process claims only the kinds it has a handler for. */
  handlers: ReadonlyMap<string, OutboundCallHandler<unknown>>;
  settings: DispatchSettings;
  metrics: OutboundCallMetrics;
  log: (level: 'info' | 'warn' | 'error', message: string) => void;
  /** Test hook: the claim has committed and no request has left yet. */
  beforeSend?: (row: OutboundCallRow) => void | Promise<void>;
  /** Test hook: the receiver has answered and nothing is recorded yet. */
  afterAnswer?: (row: OutboundCallRow, result: CallResult) => void | Promise<void>;
}

const MAX_LOOP_BACKOFF_MS = 5_000;

/**
 * Makes committed calls: claim and lease (committed at once), send outside any transaction, then
 * settle in a new transaction with the kind's handler. A crash after the claim leaves the call to
 * be claimed again once the lease ends and sent again with the same Idempotency-Key, so a
 * receiver that honours the key applies it once: that, not a promise never to resend, is what
 * "nothing twice" means for HTTP. Several instances share the work.
 */
export class OutboundCallDispatcher {
  private readonly store: CallStore;
  private readonly wakeUps: CallWakeUps;
  private readonly inFlight = new Set<Promise<void>>();
  private readonly shutdown = new AbortController();
  private running?: Promise<void>;
  private stopped = false;
  // When the last claim ran and whether it may have left due calls behind (it took all it asked
  // for), and when the backlog was last counted.
  private claimedAt = 0;
  private claimLeftSome = true;
  private backlogCountedAt = 0;

  constructor(private readonly options: OutboundCallDispatcherOptions) {
    this.store = new CallStore(options.dataSource);
    this.wakeUps = new CallWakeUps(options.databaseUrl, options.schema);
  }

  start(): void {
    this.running ??= this.loop();
  }

  /** Stops claiming, abandons calls in flight (released, to be sent again) and waits for them. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.shutdown.abort();
    this.wakeUps.interrupt();
    await this.running;
    await this.idle();
    await this.wakeUps.close();
  }

  /** Claims what is due and starts sending it; returns how many calls it claimed. */
  async claimDue(): Promise<number> {
    const free = this.options.settings.concurrency - this.inFlight.size;
    if (free <= 0) return 0;
    this.claimedAt = Date.now();
    const rows = await this.store.claimDue(
      free,
      [...this.options.handlers.keys()],
      this.options.settings.leaseMs,
    );
    this.claimLeftSome = rows.length === free;
    for (const row of rows) this.track(this.dispatch(row));
    return rows.length;
  }

  /** Resolves once every call in flight is settled or left for later. */
  async idle(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.all(this.inFlight);
  }

  private async loop(): Promise<void> {
    let failures = 0;
    while (!this.stopped) {
      try {
        await this.wakeUps.listen();
        if (this.mayHaveDueCalls()) await this.claimDue();
        await this.countBacklogWhenDue();
        failures = 0;
        // Every slot is busy or nothing else is due: wait for a NOTIFY, a finished call, or the
        // polling interval, which also brings rescheduled calls once they fall due.
        await this.wakeUps.next(this.options.settings.pollIntervalMs);
      } catch (error) {
        failures += 1;
        const delay = Math.min(MAX_LOOP_BACKOFF_MS, 100 * 2 ** failures);
        this.options.log('warn', `outbound calls: ${errorNameOf(error)}; retrying in ${delay} ms`);
        await this.wakeUps.close();
        await new Promise((resolve) => setTimeout(resolve, delay));
      }
    }
  }

  /**
   * Whether a claim could find anything: a call was committed since the last claim (its NOTIFY
   * came), the last claim took all it asked for, or a polling interval has passed (calls
   * rescheduled or whose lease ran out fall due then, and a NOTIFY may have been missed). A call
   * that finishes frees a slot, but without one of these there is nothing to fill it with: one
   * statement saved per call.
   */
  private mayHaveDueCalls(): boolean {
    // Every slot busy: the notice is kept for when one frees (a finished call wakes the loop).
    if (this.inFlight.size >= this.options.settings.concurrency) return false;
    const noticed = this.wakeUps.takeNotice();
    return (
      noticed ||
      this.claimLeftSome ||
      Date.now() - this.claimedAt >= this.options.settings.pollIntervalMs
    );
  }

  // The backlog gauge is for dashboards: once per polling interval is enough, where a count at
  // every wake-up (each finished call) would add a statement per call.
  private async countBacklogWhenDue(): Promise<void> {
    if (Date.now() - this.backlogCountedAt < this.options.settings.pollIntervalMs) return;
    this.backlogCountedAt = Date.now();
    await this.options.metrics.refreshBacklog(this.options.dataSource);
  }

  private track(dispatch: Promise<void>): void {
    this.inFlight.add(dispatch);
    void dispatch.finally(() => {
      this.inFlight.delete(dispatch);
      this.wakeUps.interrupt();
    });
  }

  private async dispatch(row: OutboundCallRow): Promise<void> {
    try {
      await this.options.beforeSend?.(row);
      const result = await this.send(row);
      await this.options.afterAnswer?.(row, result);
      await this.settle(row, result);
    } catch (error) {
      // A handler or the database failed: the call is sent again later under the same key.
      this.options.log('error', `outbound call ${row.id} (${row.kind}): ${errorNameOf(error)}`);
      this.options.metrics.dispatched(row.kind, 'errored');
      await this.afterError(row, `dispatch: ${errorNameOf(error)}`).catch(() => undefined);
    }
  }

  private async send(row: OutboundCallRow): Promise<CallResult> {
    const target = this.options.targets.resolve(row.target);
    // A deployment that names no such target: retried, so a corrected configuration still sends it.
    if (!target) return { outcome: 'unavailable', failure: { reason: 'unknown-target' }, tries: 0 };
    const trace = parseTraceparent(row.traceparent);
    return this.options.client.send(target, {
      ...requestOf(row),
      ...(trace ? { trace } : {}),
      signal: this.shutdown.signal,
    });
  }

  private async settle(row: OutboundCallRow, result: CallResult): Promise<void> {
    const verdict = verdictOf(result, row.attempts, this.options.settings.maxAttempts);
    switch (verdict.outcome) {
      case 'succeeded':
      case 'rejected':
      case 'gave_up':
        return this.finish(row, verdict);
      case 'rescheduled': {
        const { failure } = verdict;
        const delay = rescheduleDelayMs(row.attempts, this.options.settings, failure.retryAfterMs);
        await this.store.reschedule(row, delay, describeFailure(failure));
        this.options.metrics.dispatched(row.kind, verdict.outcome);
        return;
      }
      case 'released':
        return this.store.reschedule(row, 0, null);
    }
  }

  // The handler runs in the call's span, so the events it publishes continue the call's trace.
  private async finish(row: OutboundCallRow, verdict: FinalVerdict): Promise<void> {
    const handler = this.options.handlers.get(row.kind);
    if (!handler) throw new Error(`no handler for outbound call kind ${row.kind}`);
    const call = recordedCallOf(row);
    const settle = () =>
      this.store.settle(row, settlementOf(verdict), (manager) =>
        handOver(handler, call, verdict, manager),
      );
    const span = parseTraceparent(row.traceparent);
    const settled = await (span ? runInTrace(span, settle) : settle());
    if (settled) this.options.metrics.dispatched(row.kind, verdict.outcome);
  }

  // After the last attempt a call whose handler keeps failing is marked failed without its
  // hooks (they are what fails), for a person to look at; before that it is retried.
  private async afterError(row: OutboundCallRow, lastError: string): Promise<void> {
    if (row.attempts < this.options.settings.maxAttempts) {
      await this.store.reschedule(
        row,
        rescheduleDelayMs(row.attempts, this.options.settings),
        lastError,
      );
      return;
    }
    const settlement = { status: 'failed', responseStatus: null, lastError } as const;
    await this.store.settle(row, settlement, () => Promise.resolve());
  }
}
