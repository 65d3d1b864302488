import { setTimeout as sleep } from 'node:timers/promises';
import { type Producer } from 'kafkajs';
import { type DataSource } from 'typeorm';
import { toKafkaMessage } from '../envelope/kafka-binary-mode';
import { type OutboxMetrics } from './outbox-metrics';
import { envelopeOf, type OutboxRow } from './outbox-row';
import { pruneDelivered, type RetentionSettings } from './prune-delivered';
import { RelayLeadership } from './relay-leadership';

export interface OutboxRelayOptions {
  dataSource: DataSource;
  databaseUrl: string;
  schema: string;
  producer: Producer;
  metrics: OutboxMetrics;
  batchSize: number;
  /** Fallback when a NOTIFY is missed (e.g. the listening connection was being re-made). */
  pollIntervalMs: number;
  /**
   * How long a woken relay waits for more commits before it reads a batch (Kafka's linger.ms):
   * under load, one batch carries many changes' events instead of one each.
   */
  lingerMs?: number;
  log: (level: 'info' | 'warn' | 'error', message: string) => void;
  /** What the active relay deletes once delivered, and how often it looks. */
  retention?: RetentionSettings & { pruneEveryMs: number };
  /** Test hook, called after Kafka acknowledged a batch and before it is marked published. */
  afterSend?: (rows: OutboxRow[]) => void | Promise<void>;
}

const MAX_BACKOFF_MS = 5_000;

/**
 * Publishes committed outbox rows to Kafka in outbox order, then marks them published. A crash
 * between the two republishes the batch; consumers' inboxes make that harmless.
 */
export class OutboxRelay {
  private readonly leadership: RelayLeadership;
  private running?: Promise<void>;
  private stopped = false;
  private backlogCountedAt = 0;
  private lastPrunedAt = 0;

  constructor(private readonly options: OutboxRelayOptions) {
    this.leadership = new RelayLeadership(options.databaseUrl, options.schema);
  }

  start(): void {
    this.stopped = false;
    this.running ??= this.loop();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.leadership.interrupt();
    await this.running;
    this.running = undefined;
    await this.leadership.release();
  }

  /**
   * Publishes one batch; returns how many rows it published. The rows are locked without
   * SKIP LOCKED: should a second relay overlap (the first lost its leadership connection
   * mid-batch), it waits for the first batch and then sees it published, instead of skipping
   * ahead and reordering a patient's events.
   */
  async publishBatch(): Promise<number> {
    const { dataSource, batchSize, producer, metrics } = this.options;
    return dataSource.transaction(async (manager) => {
      const rows: OutboxRow[] = await manager.query(
        `SELECT position, event_id, topic, type, source, subject, occurred_at, data, correlation_id, causation_id, traceparent, actor_subject, actor_role
           FROM outbox WHERE published_at IS NULL ORDER BY position LIMIT $1 FOR UPDATE`,
        [batchSize],
      );
      if (rows.length === 0) return 0;
      await producer.sendBatch({ acks: -1, topicMessages: groupByTopic(rows) });
      await this.options.afterSend?.(rows);
      await manager.query(
        `UPDATE outbox SET published_at = now() WHERE position = ANY($1::bigint[])`,
        [rows.map((row) => row.position)],
      );
      metrics.published(rows);
      return rows.length;
    });
  }

  // The backlog gauge is for dashboards: counting once per poll interval is enough, and a count
  // after every batch (often one per committed change) would double the relay's statements.
  private async refreshBacklogWhenDue(): Promise<void> {
    if (Date.now() - this.backlogCountedAt < this.options.pollIntervalMs) return;
    this.backlogCountedAt = Date.now();
    await this.options.metrics.refreshBacklog(this.options.dataSource);
  }

  // Only the active relay prunes, so several instances never delete the same rows at once.
  private async pruneWhenDue(): Promise<void> {
    const retention = this.options.retention;
    if (!retention || Date.now() - this.lastPrunedAt < retention.pruneEveryMs) return;
    this.lastPrunedAt = Date.now();
    const pruned = await pruneDelivered(this.options.dataSource, retention);
    if (pruned.outbox + pruned.inbox > 0) {
      this.options.log(
        'info',
        `pruned ${pruned.outbox} published outbox row(s) and ${pruned.inbox} inbox row(s)`,
      );
    }
  }

  private async loop(): Promise<void> {
    let failures = 0;
    while (!this.stopped) {
      try {
        if (!(await this.leadership.tryAcquire())) {
          await this.leadership.nextNotification(this.options.pollIntervalMs * 5);
          continue;
        }
        const published = await this.publishBatch();
        await this.refreshBacklogWhenDue();
        await this.pruneWhenDue();
        failures = 0;
        if (published < this.options.batchSize) {
          await this.leadership.nextNotification(this.options.pollIntervalMs);
          if (this.options.lingerMs) await sleep(this.options.lingerMs);
        }
      } catch (error) {
        failures += 1;
        const delay = Math.min(MAX_BACKOFF_MS, 100 * 2 ** failures);
        this.options.log(
          'warn',
          `outbox relay: ${error instanceof Error ? error.message : String(error)}; retrying in ${delay} ms`,
        );
        await this.leadership.release();
        await new Promise((resolve) => setTimeout(resolve, delay));
      }
    }
  }
}

function groupByTopic(rows: OutboxRow[]) {
  const byTopic = new Map<string, ReturnType<typeof toKafkaMessage>[]>();
  for (const row of rows) {
    const messages = byTopic.get(row.topic) ?? [];
    messages.push(toKafkaMessage(envelopeOf(row)));
    byTopic.set(row.topic, messages);
  }
  return [...byTopic].map(([topic, messages]) => ({ topic, messages }));
}
