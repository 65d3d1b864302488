import { type DatabaseConfig } from '@infuse/config';
import { DataSource } from 'typeorm';
import { runMigrations } from './run-migrations';
import { schemaOf, type ServiceDatabase, serviceDataSourceOptions } from './service-data-source';

/** Connects to a service's schema and migrates it; the applied migrations come back with it. */
export async function openServiceDataSource(
  service: ServiceDatabase,
  config: DatabaseConfig,
): Promise<{ dataSource: DataSource; applied: string[] }> {
  const dataSource = await new DataSource(serviceDataSourceOptions(service, config)).initialize();
  const applied = await runMigrations(dataSource, schemaOf(service, config));
  return { dataSource, applied };
}
