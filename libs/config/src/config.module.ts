import { type DynamicModule, Logger, Module, type OnApplicationBootstrap } from '@nestjs/common';
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
 * token: `@Inject(databaseConfig.token) config: DatabaseConfig`.
 */
@Module({})
export class ConfigModule {
  static forRoot(sections: readonly ConfigSection[], env = process.env): DynamicModule {
    const loaded = loadConfig(sections, env) as Record<string, unknown>;
    const providers = sections.map((section) => ({
      provide: section.token,
      useValue: loaded[section.name],
    }));
    const report = {
      provide: ConfigReport,
      useValue: new ConfigReport(describeEnvironment(sections, env)),
    };
    return {
      module: ConfigModule,
      global: true,
      providers: [...providers, report],
      exports: providers,
    };
  }
}
