import {
  type BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import { databaseConfig, type DatabaseConfig } from '@infuse/config';
import { DataSource } from 'typeorm';
import { dispatchSettingsOf } from '../dispatch/dispatch-settings';
import { OutboundCallDispatcher } from '../dispatch/outbound-call-dispatcher';
import { OutboundCallMetrics } from '../dispatch/outbound-call-metrics';
import { type CallTargets } from '../http/call-target';
import { ResilientHttpClient } from '../http/resilient-http-client';
import { outboundCallsConfig, type OutboundCallsConfig } from '../outbound-calls.config';
import { CALL_TARGETS } from './call-targets.token';
import { discoverHandlers } from './handles-outbound-call.decorator';

/** Runs the app's outbound-call dispatcher from bootstrap to shutdown, if it handles any kind. */
@Injectable()
export class OutboundCallDispatcherService
  implements OnApplicationBootstrap, BeforeApplicationShutdown
{
  private readonly logger = new Logger('OutboundCalls');
  private dispatcher?: OutboundCallDispatcher;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly discovery: DiscoveryService,
    private readonly client: ResilientHttpClient,
    private readonly metrics: OutboundCallMetrics,
    @Inject(CALL_TARGETS) private readonly targets: CallTargets,
    @Inject(databaseConfig.token) private readonly database: DatabaseConfig,
    @Inject(outboundCallsConfig.token) private readonly config: OutboundCallsConfig,
  ) {}

  onApplicationBootstrap(): void {
    const handlers = discoverHandlers(this.discovery);
    // A service that only reads synchronously through the client has nothing to dispatch.
    if (handlers.size === 0) return;
    this.dispatcher = new OutboundCallDispatcher({
      dataSource: this.dataSource,
      databaseUrl: this.database.DATABASE_URL,
      schema: (this.dataSource.options as { schema?: string }).schema ?? 'public',
      client: this.client,
      targets: this.targets,
      handlers,
      settings: dispatchSettingsOf(this.config),
      metrics: this.metrics,
      log: (level, message) => this.logger[level === 'info' ? 'log' : level](message),
    });
    this.dispatcher.start();
  }

  // Before any module's shutdown hook, so the DataSource is still open when calls in flight are
  // released for another instance.
  async beforeApplicationShutdown(): Promise<void> {
    await this.dispatcher?.stop();
  }
}
