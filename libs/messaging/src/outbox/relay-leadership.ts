import { WakeUpSignal } from '@infuse/database';
import { Client } from 'pg';

/**
 * One active relay per service: the instance holding a session-level advisory lock publishes,
 * the others wait. The same connection LISTENs for new outbox rows, so losing it loses both
 * the lock and the wake-ups together, and the relay starts over.
 */
export class RelayLeadership {
  private client?: Client;
  private leader = false;
  private readonly wakeUps = new WakeUpSignal();

  constructor(
    private readonly databaseUrl: string,
    private readonly schema: string,
  ) {}

  /** True once this instance is the active relay. */
  async tryAcquire(): Promise<boolean> {
    if (this.leader && this.client) return true;
    const client = await this.connection();
    const result = await client.query<{ acquired: boolean }>(
      `SELECT pg_try_advisory_lock(hashtext($1)) AS acquired`,
      [`infuse-outbox-relay:${this.schema}`],
    );
    this.leader = result.rows[0]?.acquired === true;
    return this.leader;
  }

  /** Resolves on the next NOTIFY for this schema's outbox, or after the timeout. */
  nextNotification(timeoutMs: number): Promise<void> {
    return this.wakeUps.next(timeoutMs);
  }

  interrupt(): void {
    this.wakeUps.interrupt();
  }

  async release(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    this.leader = false;
    // Closing the session releases the advisory lock.
    await client?.end().catch(() => undefined);
  }

  private async connection(): Promise<Client> {
    if (this.client) return this.client;
    const client = new Client({ connectionString: this.databaseUrl });
    const lost = () => {
      if (this.client !== client) return;
      this.client = undefined;
      this.leader = false;
      this.interrupt();
    };
    client.on('error', lost);
    client.on('end', lost);
    client.on('notification', (message) => {
      if (message.payload === this.schema) this.interrupt();
    });
    await client.connect();
    await client.query('LISTEN infuse_outbox');
    this.client = client;
    return client;
  }
}
