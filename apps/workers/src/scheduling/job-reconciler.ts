import {
  type BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { type WorkersSettings, workersSettingsConfig } from '../workers-settings.config';
import { JobScheduler } from './job-scheduler';
import { JOB_SOURCES, type JobSource } from './scheduled-job';

/** What one reconciliation found. */
export interface Reconciliation {
  /** Jobs the open rows call for. */
  checked: number;
  /** Of those, the ones Redis lacked and that were added again. */
  recreated: number;
  durationMs: number;
}

/**
 * Re-creates the job of every open row whose job is missing from Redis, at start and then every
 * interval (a minute by default), for every registered job source. A Redis restart or FLUSHALL
 * thus loses no task; it fires none twice because each job re-reads its row and exits quietly
 * when the row has moved on. Several instances may reconcile at once: job ids are deterministic.
 */
@Injectable()
export class JobReconciler implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('JobReconciler');
  private timer?: NodeJS.Timeout;
  private running?: Promise<Reconciliation>;

  constructor(
    @Inject(JOB_SOURCES) private readonly sources: readonly JobSource[],
    private readonly scheduler: JobScheduler,
    @Inject(workersSettingsConfig.token) private readonly settings: WorkersSettings,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.tick(), this.settings.WORKERS_RECONCILE_INTERVAL_MS);
    this.timer.unref();
    void this.tick();
  }

  async beforeApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running?.catch(() => undefined);
  }

  /** Reconciles now, or joins the reconciliation already running. */
  reconcile(): Promise<Reconciliation> {
    this.running ??= this.pass().finally(() => (this.running = undefined));
    return this.running;
  }

  private async pass(): Promise<Reconciliation> {
    const started = performance.now();
    let checked = 0;
    let recreated = 0;
    for (const source of this.sources) {
      for await (const page of source.openJobs()) {
        checked += page.length;
        const missing = await this.scheduler.missing(page);
        if (missing.length > 0) await this.scheduler.add(missing);
        recreated += missing.length;
      }
    }
    return { checked, recreated, durationMs: performance.now() - started };
  }

  private async tick(): Promise<void> {
    try {
      const { checked, recreated, durationMs } = await this.reconcile();
      if (recreated > 0)
        this.logger.warn(
          `re-created ${recreated} of ${checked} jobs Redis lacked in ${durationMs.toFixed(0)} ms`,
        );
    } catch (error) {
      this.logger.warn(
        `reconciliation failed, next in ${this.settings.WORKERS_RECONCILE_INTERVAL_MS} ms: ${error instanceof Error ? error.name : 'unknown error'}`,
      );
    }
  }
}
