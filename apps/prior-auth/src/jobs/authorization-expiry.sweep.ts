import {
  type BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { addDays } from '@infuse/clinical';
import { systemActor } from '@infuse/contracts';
import { DataSource } from 'typeorm';
import { AUTHORIZATION_ACTIONS } from '../authorization-audit';
import { AuthorizationCalendar } from '../authorization-calendar';
import { AuthorizationChangeRunner } from '../authorization-change.runner';
import { type Authorization } from '../domain/authorization.aggregate';
import { priorAuthSettingsConfig, type PriorAuthSettings } from '../prior-auth-settings.config';

const actor = systemActor('prior-auth');

// Each pass handles at most this many requests per kind, so one pass stays one short transaction
// per request; the next pass takes the rest.
const BATCH = 100;

/**
 * Watches approved periods end, on the service's clock (which a demo can move ahead): once the
 * reauthorization lead time before the end is reached, `expiring` is announced once (rule 23);
 * the day after the end, the authorization expires. Safe with several instances: each request
 * changes under its row lock and the aggregate re-checks it, so nothing is announced twice.
 */
@Injectable()
export class AuthorizationExpirySweep implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('AuthorizationExpiry');
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly runner: AuthorizationChangeRunner,
    private readonly calendar: AuthorizationCalendar,
    @Inject(priorAuthSettingsConfig.token) private readonly settings: PriorAuthSettings,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => this.tick(), this.settings.PRIOR_AUTH_EXPIRY_SWEEP_INTERVAL_MS);
    this.timer.unref();
    this.tick();
  }

  async beforeApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  /** One pass: what is due as of today, in the pharmacy's calendar. Returns how many changed. */
  async sweep(): Promise<number> {
    const today = this.calendar.today();
    const noticeUntil = addDays(today, this.settings.PRIOR_AUTH_REAUTHORIZATION_LEAD_DAYS);
    // Ended before today: the last covered day has passed.
    const ended = await this.dueIds(`approved_until < $1`, [today]);
    const ending = await this.dueIds(`approved_until <= $1 AND expiring_noticed_at IS NULL`, [
      noticeUntil,
    ]);
    let changed = 0;
    for (const id of ending)
      changed += await this.change(id, (authorization, at) => authorization.noticeExpiring(at));
    for (const id of ended)
      changed += await this.change(id, (authorization, at) => authorization.expire(at));
    return changed;
  }

  private tick(): void {
    if (this.running) return;
    this.running = this.sweep()
      .then((changed) => {
        if (changed > 0) this.logger.log(`${changed} authorizations expiring or expired`);
      })
      .catch((error: unknown) =>
        this.logger.warn(
          `expiry sweep failed: ${error instanceof Error ? error.name : 'unknown error'}`,
        ),
      )
      .finally(() => (this.running = undefined));
  }

  private async dueIds(condition: string, values: unknown[]): Promise<string[]> {
    const rows = await this.dataSource.query<{ id: string }[]>(
      `SELECT id FROM authorization_request
        WHERE status IN ('approved', 'partially_approved', 'modified') AND ${condition}
        ORDER BY approved_until LIMIT ${BATCH}`,
      values,
    );
    return rows.map((row) => row.id);
  }

  private async change(
    id: string,
    change: (authorization: Authorization, at: Date) => void,
  ): Promise<number> {
    return this.runner.run(
      id,
      { actor },
      AUTHORIZATION_ACTIONS.expire,
      (authorization, _manager, at) => {
        change(authorization, at);
        return authorization.changes.length > 0 ? 1 : 0;
      },
    );
  }
}
