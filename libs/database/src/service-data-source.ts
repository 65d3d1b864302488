import { type DatabaseConfig } from '@infuse/config';
import {
  type DataSourceOptions,
  type EntitySchema,
  type MixedList,
  type MigrationInterface,
} from 'typeorm';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- TypeORM's own entity list type
type EntityList = MixedList<Function | string | EntitySchema>;

export interface ServiceDatabase {
  /** The schema this service owns, e.g. `referrals`; overridable with DATABASE_SCHEMA. */
  defaultSchema: string;
  entities: EntityList;
  migrations: (new () => MigrationInterface)[];
}

export function schemaOf(service: ServiceDatabase, config: DatabaseConfig): string {
  return config.DATABASE_SCHEMA ?? service.defaultSchema;
}

/**
 * TypeORM options for one service: its own schema first on the search path (so hand-written
 * migration SQL lands there too), migrations only, never synchronize.
 */
export function serviceDataSourceOptions(
  service: ServiceDatabase,
  config: DatabaseConfig,
): DataSourceOptions {
  const schema = schemaOf(service, config);
  return {
    type: 'postgres',
    url: config.DATABASE_URL,
    schema,
    entities: service.entities,
    migrations: service.migrations,
    migrationsTableName: 'schema_migrations',
    synchronize: false,
    migrationsRun: false,
    extra: { max: config.DATABASE_POOL_SIZE, options: `-c search_path=${schema},public` },
  };
}
