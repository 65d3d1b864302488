import { type DynamicModule, Logger, Module } from '@nestjs/common';
import { type ConfigSection } from './config-section';
import { loadConfig } from './load-config';
import { describeEnvironment } from './mask-secrets';

/**
 * Validates the app's sections once at boot and provides each parsed section under its own
 * token: `@Inject(databaseConfig.token) config: DatabaseConfig`.
 */
@Module({})
export class ConfigModule {
  static forRoot(sections: readonly ConfigSection[], env = process.env): DynamicModule {
    const loaded = loadConfig(sections, env) as Record<string, unknown>;
    new Logger('Config').log(
      { environment: describeEnvironment(sections, env) },
      'configuration loaded',
    );
    const providers = sections.map((section) => ({
      provide: section.token,
      useValue: loaded[section.name],
    }));
    return { module: ConfigModule, global: true, providers, exports: providers };
  }
}
