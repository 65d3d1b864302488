import { Client } from 'pg';
import { OUTBOUND_CALL_CHANNEL } from '../intent/record-outbound-call';

/**
 * Wakes the dispatcher when a transaction that recorded a call commits (its NOTIFY arrives then)
 * or when one of its own calls finishes. A dedicated connection LISTENs; when it is lost the
 * dispatcher's polling still finds due calls, and the next round connects again.
 */
export class CallWakeUps {
  private client?: Client;
  private wake?: () => void;
  // A wake-up that came while the dispatcher was busy: the next wait returns at once.
  private pending = false;

  constructor(
    private readonly databaseUrl: string,
    private readonly schema: string,
  ) {}

  async listen(): Promise<void> {
    if (this.client) return;
    const client = new Client({ connectionString: this.databaseUrl });
    const lost = () => {
      if (this.client === client) this.client = undefined;
    };
    client.on('error', lost);
    client.on('end', lost);
    client.on('notification', (message) => {
      if (message.payload === this.schema) this.interrupt();
    });
    await client.connect();
    await client.query(`LISTEN ${OUTBOUND_CALL_CHANNEL}`);
    this.client = client;
  }

  /** Resolves on the next wake-up, or after the timeout. */
  async next(timeoutMs: number): Promise<void> {
    if (!this.pending) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, timeoutMs);
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
    this.wake = undefined;
    this.pending = false;
  }

  interrupt(): void {
    if (this.wake) this.wake();
    else this.pending = true;
  }

  async close(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }
}
