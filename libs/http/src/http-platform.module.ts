import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { AuthModule } from '@infuse/auth';
import { MetricsRegistryModule } from '@infuse/observability';
import {
  authConfig,
  ConfigModule,
  type ConfigSection,
  databaseConfig,
  kafkaConfig,
  redisConfig,
} from '@infuse/config';
import { type DependencyName, HealthModule } from './health/health.module';
import { type HttpService } from './http-service';
import { LoggingModule } from './logging/logging.module';
import { MetricsController } from './metrics/metrics.controller';
import { ProblemDetailsFilter } from './problems/problem-details.filter';

export interface HttpPlatformOptions {
  /** Dependencies `/health/ready` checks. */
  dependencies: readonly DependencyName[];
  /** Further configuration sections the app reads. */
  sections?: readonly ConfigSection[];
  /** The environment to validate; tests pass their own. */
  env?: Record<string, string | undefined>;
}

/**
 * What every Infuse HTTP app has: validated configuration, structured logs, bearer-token auth
 * with roles and audit, problem-document errors, health endpoints and Prometheus metrics.
 */
@Module({})
export class HttpPlatformModule {
  static forService(service: HttpService, options: HttpPlatformOptions): DynamicModule {
    const sections = [
      databaseConfig,
      redisConfig,
      kafkaConfig,
      authConfig,
      service.httpSection,
      ...(options.sections ?? []),
    ];
    return {
      module: HttpPlatformModule,
      imports: [
        ConfigModule.forRoot(sections, options.env),
        LoggingModule.forRoot(service.httpSection.token, service.name),
        AuthModule.forRoot(),
        HealthModule.forDependencies(options.dependencies),
        MetricsRegistryModule,
      ],
      controllers: [MetricsController],
      providers: [{ provide: APP_FILTER, useClass: ProblemDetailsFilter }],
    };
  }
}
