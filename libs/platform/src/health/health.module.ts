import { type DynamicModule, Module, type Type } from '@nestjs/common';
import { HealthController } from './health.controller';
import { KafkaReadiness } from './kafka.readiness';
import { PostgresReadiness } from './postgres.readiness';
import { READINESS_CHECKS, type ReadinessCheck } from './readiness-check';
import { RedisReadiness } from './redis.readiness';

const AVAILABLE_CHECKS = {
  postgres: PostgresReadiness,
  redis: RedisReadiness,
  kafka: KafkaReadiness,
} as const;
export type DependencyName = keyof typeof AVAILABLE_CHECKS;

/** `/health/live` and `/health/ready`, the latter checking the dependencies the app names. */
@Module({})
export class HealthModule {
  static forDependencies(dependencies: readonly DependencyName[]): DynamicModule {
    const checks: Type<ReadinessCheck>[] = dependencies.map((name) => AVAILABLE_CHECKS[name]);
    return {
      module: HealthModule,
      controllers: [HealthController],
      providers: [
        ...checks,
        {
          provide: READINESS_CHECKS,
          inject: checks,
          useFactory: (...instances: ReadinessCheck[]) => instances,
        },
      ],
    };
  }
}
