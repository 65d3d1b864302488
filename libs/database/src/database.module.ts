import { type DynamicModule, Logger, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { databaseConfig, type DatabaseConfig } from '@infuse/config';
import { DataSource } from 'typeorm';
import { runMigrations } from './run-migrations';
import { UnitOfWork } from './unit-of-work';
import { type ServiceDatabase, serviceDataSourceOptions } from './service-data-source';

/** The service's PostgreSQL connection, migrated to the latest schema before the app serves. */
@Module({})
export class DatabaseModule {
  static forService(service: ServiceDatabase): DynamicModule {
    return {
      module: DatabaseModule,
      global: true,
      providers: [UnitOfWork],
      exports: [UnitOfWork],
      imports: [
        TypeOrmModule.forRootAsync({
          inject: [databaseConfig.token],
          useFactory: (config: DatabaseConfig) => serviceDataSourceOptions(service, config),
          dataSourceFactory: async (options) => {
            const dataSource = await new DataSource(options!).initialize();
            // serviceDataSourceOptions always sets the schema; the fallback only satisfies the type.
            const schema = (options as { schema?: string }).schema ?? service.defaultSchema;
            const applied = await runMigrations(dataSource, schema);
            if (applied.length > 0)
              new Logger('Database').log({ schema, applied }, 'migrations applied');
            return dataSource;
          },
        }),
      ],
    };
  }
}
