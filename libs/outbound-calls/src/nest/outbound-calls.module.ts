import { type DynamicModule, type FactoryProvider, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { METRICS_REGISTRY } from '@infuse/observability';
import { type Registry } from 'prom-client';
import { OutboundCallMetrics } from '../dispatch/outbound-call-metrics';
import { type CallTargets } from '../http/call-target';
import { resilienceSettingsOf } from '../http/resilience-settings';
import { ResilientHttpClient } from '../http/resilient-http-client';
import { OutboundCalls } from '../intent/outbound-calls.service';
import { outboundCallsConfig, type OutboundCallsConfig } from '../outbound-calls.config';
import { CALL_TARGETS } from './call-targets.token';
import { OutboundCallDispatcherService } from './outbound-call-dispatcher.service';

export interface OutboundCallsOptions {
  /**
   * How the service finds the systems it calls, built by Nest so it can inject configuration and
   * `SERVICE_TOKEN_SOURCE`: `{ inject: [...], useFactory: (...) => callTargets({...}) }`.
   */
  targets: Pick<FactoryProvider<CallTargets>, 'inject' | 'useFactory'>;
}

/**
 * Calls to outside systems for one service: `OutboundCalls` records them inside the caller's
 * transaction, the dispatcher makes them after commit and hands each outcome to the provider
 * marked `@HandlesOutboundCall(kind)`, and `ResilientHttpClient` serves synchronous reads.
 * Needs ConfigModule with the database and outboundCalls sections, a TypeORM DataSource whose
 * migrations include OUTBOUND_CALL_MIGRATIONS, and the metrics registry.
 */
@Module({})
export class OutboundCallsModule {
  static forService(options: OutboundCallsOptions): DynamicModule {
    const providers = [
      { provide: CALL_TARGETS, ...options.targets },
      {
        provide: OutboundCallMetrics,
        inject: [METRICS_REGISTRY],
        useFactory: (registry: Registry) => new OutboundCallMetrics(registry),
      },
      {
        provide: ResilientHttpClient,
        inject: [outboundCallsConfig.token, OutboundCallMetrics],
        useFactory: (config: OutboundCallsConfig, metrics: OutboundCallMetrics) =>
          new ResilientHttpClient(resilienceSettingsOf(config), metrics),
      },
      OutboundCalls,
      OutboundCallDispatcherService,
    ];
    return {
      module: OutboundCallsModule,
      global: true,
      imports: [DiscoveryModule],
      providers,
      exports: [OutboundCalls, ResilientHttpClient, CALL_TARGETS],
    };
  }
}
