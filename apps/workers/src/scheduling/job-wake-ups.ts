import {
  type BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { databaseConfig, type DatabaseConfig } from '@infuse/config';
import { Client } from 'pg';
import { JOB_CHANNEL, type JobNotice, JobScheduler } from './job-scheduler';
import { type ScheduledJob } from './scheduled-job';

const MAX_RECONNECT_DELAY_MS = 5_000;

/**
 * Listens for the jobs committing transactions announce and adds them to their queues, a batch
 * per burst of notices. A dedicated connection LISTENs; when it is lost it connects again, and
 * whatever was announced meanwhile is re-created by the reconciler from the rows.
 */
@Injectable()
export class JobWakeUps implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('JobWakeUps');
  private client?: Client;
  private pending: ScheduledJob[] = [];
  private flushing?: Promise<void>;
  private stopped = false;
  private failures = 0;

  constructor(
    private readonly scheduler: JobScheduler,
    @Inject(databaseConfig.token) private readonly database: DatabaseConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.listen().catch(() => this.reconnectLater());
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    await this.flushing;
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }

  private async listen(): Promise<void> {
    const client = new Client({ connectionString: this.database.DATABASE_URL });
    const lost = () => {
      if (this.client !== client) return;
      this.client = undefined;
      this.reconnectLater();
    };
    client.on('error', lost);
    client.on('end', lost);
    client.on('notification', (message) => this.receive(message.payload));
    await client.connect();
    await client.query(`LISTEN ${JOB_CHANNEL}`);
    this.client = client;
    this.failures = 0;
  }

  private reconnectLater(): void {
    if (this.stopped) return;
    this.failures += 1;
    const delay = Math.min(MAX_RECONNECT_DELAY_MS, 100 * 2 ** this.failures);
    this.logger.warn(`job notices: listening connection lost; reconnecting in ${delay} ms`);
    setTimeout(() => {
      if (!this.stopped) this.listen().catch(() => this.reconnectLater());
    }, delay).unref();
  }

  private receive(payload: string | undefined): void {
    const notice = noticeOf(payload);
    if (notice?.schema !== this.scheduler.schema || !notice.job) return;
    this.pending.push({ ...notice.job, dueAt: new Date(notice.job.dueAt) });
    this.flushing ??= this.flush();
  }

  /** Adds what arrived, then what arrived meanwhile, until nothing is left. */
  private async flush(): Promise<void> {
    // Let the rest of a burst of notices arrive, so one round trip adds them all.
    await new Promise((resolve) => setImmediate(resolve));
    while (this.pending.length > 0) {
      const batch = this.pending;
      this.pending = [];
      await this.scheduler.add(batch).catch((error: unknown) => {
        // The rows keep them: the reconciler adds them once Redis answers again.
        this.logger.warn(
          `${batch.length} jobs left to the reconciler: ${error instanceof Error ? error.name : 'unknown error'}`,
        );
      });
    }
    this.flushing = undefined;
  }
}

/** The notice a NOTIFY carries; anything else on the channel is ignored, never thrown. */
function noticeOf(payload: string | undefined): Partial<JobNotice> | undefined {
  try {
    const parsed: unknown = JSON.parse(payload ?? '');
    return typeof parsed === 'object' && parsed !== null ? parsed : undefined;
  } catch {
    return undefined;
  }
}
