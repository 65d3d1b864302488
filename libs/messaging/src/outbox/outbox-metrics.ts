import { Gauge, Histogram, type Registry } from 'prom-client';
import { type DataSource } from 'typeorm';
import { type OutboxRow } from './outbox-row';

/** Outbox backlog and the time from commit to Kafka acknowledgement. */
export class OutboxMetrics {
  private readonly backlog: Gauge;
  private readonly publishLatency: Histogram;

  constructor(registry: Registry) {
    this.backlog = new Gauge({
      name: 'infuse_outbox_backlog',
      help: 'Committed events not yet published to Kafka',
      registers: [registry],
    });
    this.publishLatency = new Histogram({
      name: 'infuse_outbox_publish_latency_seconds',
      help: 'Time from an event being written to the outbox to its publication',
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      registers: [registry],
    });
  }

  published(rows: OutboxRow[]): void {
    const now = Date.now();
    for (const row of rows) this.publishLatency.observe((now - row.occurred_at.getTime()) / 1000);
  }

  async refreshBacklog(dataSource: DataSource): Promise<void> {
    const [row] = await dataSource.query<{ count: string }[]>(
      `SELECT count(*) FROM outbox WHERE published_at IS NULL`,
    );
    this.backlog.set(Number(row?.count ?? 0));
  }
}
