import { WakeUpSignal } from '@infuse/database';
import { Client } from 'pg';
import { OUTBOUND_CALL_CHANNEL } from '../intent/record-outbound-call';

/**
 * Wakes the dispatcher when a transaction that recorded a call commits (its NOTIFY arrives then)
 * or when one of its own calls finishes. A dedicated connection LISTENs; when it is lost the
 * dispatcher's polling still finds due calls, and the next round connects again.
 */
export class CallWakeUps {
  private client?: Client;
  private readonly wakeUps = new WakeUpSignal();
  // A call was committed since the dispatcher last looked; true at first and after a lost
  // connection, when a NOTIFY may have been missed.
  private noticed = true;

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
      if (message.payload !== this.schema) return;
      this.noticed = true;
      this.interrupt();
    });
    await client.connect();
    await client.query(`LISTEN ${OUTBOUND_CALL_CHANNEL}`);
    this.client = client;
    this.noticed = true;
  }

  /** Whether a call was committed since the last time this was asked (then cleared). */
  takeNotice(): boolean {
    const noticed = this.noticed;
    this.noticed = false;
    return noticed;
  }

  /** Resolves on the next wake-up, or after the timeout. */
  next(timeoutMs: number): Promise<void> {
    return this.wakeUps.next(timeoutMs);
  }

  interrupt(): void {
    this.wakeUps.interrupt();
  }

  async close(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }
}
