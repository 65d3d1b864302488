import { type DynamicModule, Logger, Module, type OnApplicationBootstrap } from '@nestjs/common';
import { CLOCK, clockConfig, type ClockConfig, SystemClock } from './clock';
import { type ConfigSection } from './config-section';
import { loadConfig } from './load-config';
import { describeEnvironment } from './mask-secrets';

/** Logs the effective configuration, secrets masked, once the app's logger is in place. */
class ConfigReport implements OnApplicationBootstrap {
  constructor(private readonly environment: Record<string, string>) {}

  onApplicationBootstrap(): void {
    new Logger('Config').log({ environment: this.environment }, 'configuration loaded');
  }
}

/**
 * Validates the app's sections once at boot and provides each parsed section under its own
 * token: `@Inject(databaseConfig.token) config: DatabaseConfig`, and the clock under `CLOCK`.
 */
@Module({})
export class ConfigModule {
  static forRoot(sections: readonly ConfigSection[], env = process.env): DynamicModule {
    // Every app reads the time from the clock, so every app has its section.
    const all = sections.includes(clockConfig) ? sections : [...sections, clockConfig];
    const loaded = loadConfig(all, env) as Record<string, unknown>;
    const providers = [
      ...all.map((section) => ({ provide: section.token, useValue: loaded[section.name] })),
      {
        provide: CLOCK,
        useValue: new SystemClock((loaded[clockConfig.name] as ClockConfig).CLOCK_OFFSET_MS),
      },
    ];
    const report = {
      provide: ConfigReport,
      useValue: new ConfigReport(describeEnvironment(all, env)),
    };
    return {
      module: ConfigModule,
      global: true,
      providers: [...providers, report],
      exports: providers,
    };
  }
}
