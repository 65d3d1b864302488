export { DatabaseModule } from './database.module';
export { runMigrations, quoteIdentifier } from './run-migrations';
export { serviceDataSourceOptions, schemaOf, type ServiceDatabase } from './service-data-source';
export { UnitOfWork } from './unit-of-work';
