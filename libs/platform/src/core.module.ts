import { type DynamicModule, Module, type Type } from '@nestjs/common';
import { AuditEntryRecord, AuditModule } from '@infuse/auth';
import {
  authConfig,
  ConfigModule,
  type ConfigSection,
  databaseConfig,
  kafkaConfig,
  redisConfig,
} from '@infuse/config';
import { type QueueName } from '@infuse/contracts';
import { DatabaseModule, type ServiceDatabase } from '@infuse/database';
import { messagingConfig, MessagingModule } from '@infuse/messaging';
import { MetricsRegistryModule } from '@infuse/observability';
import { type DependencyName, HealthModule } from './health/health.module';
import { LoggingModule } from './logging/logging.module';
import { MetricsController } from './metrics/metrics.controller';
import { QueueModule } from './queues/queue.module';
import { type Service } from './service-definition';

export interface CoreOptions {
  /** The service's own tables and migrations (shared audit and messaging migrations first). */
  database: { entities: readonly Type[]; migrations: ServiceDatabase['migrations'] };
  /** Publishes through the outbox and consumes with `@OnEvent` consumers: needs Kafka. */
  messaging?: boolean;
  /** BullMQ queues it produces to or processes: needs Redis. */
  queues?: readonly QueueName[];
  /** The app's own configuration sections. */
  sections?: readonly ConfigSection[];
  /** The environment to validate; tests pass their own. */
  env?: Record<string, string | undefined>;
}

/**
 * What every Infuse process has, whether it serves an API or runs jobs: validated configuration
 * and the clock, structured logs, its PostgreSQL schema, the audit log, and, as it uses them,
 * events over Kafka and queues on Redis; `/health/live`, `/health/ready` (checking exactly the
 * dependencies it uses) and `/metrics`.
 */
@Module({})
export class CoreModule {
  static forService(service: Service, options: CoreOptions): DynamicModule {
    const messaging = options.messaging ?? false;
    const queues = options.queues ?? [];
    const dependencies: DependencyName[] = [
      'postgres',
      ...(messaging ? (['kafka'] as const) : []),
      ...(queues.length > 0 ? (['redis'] as const) : []),
    ];
    const sections = [
      databaseConfig,
      authConfig,
      service.listenSection,
      ...(messaging ? [kafkaConfig, messagingConfig] : []),
      ...(queues.length > 0 ? [redisConfig] : []),
      ...(options.sections ?? []),
    ];
    return {
      module: CoreModule,
      imports: [
        ConfigModule.forRoot(sections, options.env),
        LoggingModule.forRoot(service.listenSection.token, service.name),
        DatabaseModule.forService({
          defaultSchema: service.schema,
          entities: [AuditEntryRecord, ...options.database.entities],
          migrations: options.database.migrations,
        }),
        AuditModule,
        MetricsRegistryModule,
        HealthModule.forDependencies(dependencies),
        ...(messaging ? [MessagingModule.forService(service.name)] : []),
        ...(queues.length > 0 ? [QueueModule.forQueues(queues)] : []),
      ],
      controllers: [MetricsController],
    };
  }
}
