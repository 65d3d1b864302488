import {
  Inject,
  Injectable,
  Logger,
  type OnModuleDestroy,
  type OnModuleInit,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type CallTarget, type CallTargets } from '@infuse/outbound-calls';
import { DataSource } from 'typeorm';
import {
  type PayerSandboxSettings,
  payerSandboxSettingsConfig,
} from '../payer-sandbox-settings.config';
import { SubscriptionRepository } from '../persistence/subscription.repository';
import { PayerSystemTokens } from './payer-system-tokens';
import { endpointParts, parseSubscriberTargetName } from './subscriber-endpoint';

/**
 * Where notifications go: `subscriber:<subscription>:<payer>` resolves to the subscription's
 * endpoint with that payer's token. The dispatcher resolves targets synchronously, so endpoints
 * are kept in memory: loaded before the dispatcher starts, added as this instance records them,
 * and re-read on a timer for those other instances record. An endpoint never changes for a
 * subscription id (a new endpoint is a new subscription), so the cache can only lack entries;
 * a call to one it lacks is retried by the dispatcher, and asks for an early re-read.
 */
@Injectable()
export class SubscriberTargets implements CallTargets, OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('SubscriberTargets');
  private readonly endpoints = new Map<string, string>();
  private timer?: NodeJS.Timeout;
  private reloading?: Promise<void>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly subscriptions: SubscriptionRepository,
    private readonly tokens: PayerSystemTokens,
    @Inject(payerSandboxSettingsConfig.token) private readonly settings: PayerSandboxSettings,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.reload();
    this.timer = setInterval(
      () => void this.reloadQuietly(),
      this.settings.PAYER_SANDBOX_SUBSCRIBERS_REFRESH_MS,
    );
    this.timer.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
  }

  resolve(name: string): CallTarget | undefined {
    const target = parseSubscriberTargetName(name);
    if (!target) return undefined;
    const endpoint = this.endpoints.get(target.subscriptionId);
    if (!endpoint) {
      void this.reloadQuietly();
      return undefined;
    }
    return {
      baseUrl: endpointParts(endpoint).baseUrl,
      tokenSource: this.tokens.forPayer(target.payerId),
    };
  }

  /** A subscription this instance just committed. */
  remember(subscriptionId: string, endpoint: string): void {
    this.endpoints.set(subscriptionId, endpoint);
  }

  private reload(): Promise<void> {
    this.reloading ??= this.subscriptions
      .endpoints(this.dataSource.manager)
      // Merged, not replaced: a subscription remembered while this read ran stays known.
      .then((endpoints) => {
        for (const [id, endpoint] of endpoints) this.endpoints.set(id, endpoint);
      })
      .finally(() => (this.reloading = undefined));
    return this.reloading;
  }

  private async reloadQuietly(): Promise<void> {
    try {
      await this.reload();
    } catch (error) {
      this.logger.warn(
        `subscriptions not re-read: ${error instanceof Error ? error.name : 'error'}`,
      );
    }
  }
}
