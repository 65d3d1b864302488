export { DatabaseModule } from './database.module';
export { runMigrations, quoteIdentifier } from './run-migrations';
export { serviceDataSourceOptions, schemaOf, type ServiceDatabase } from './service-data-source';
export { UnitOfWork } from './unit-of-work';
export { WakeUpSignal } from './wake-up-signal';
export { openServiceDataSource } from './open-service-data-source';
