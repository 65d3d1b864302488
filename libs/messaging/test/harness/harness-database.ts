import { openServiceDataSource } from '@infuse/database';
import { testDatabaseConfig } from '@infuse/testing';
import { type DataSource, type MigrationInterface, type QueryRunner } from 'typeorm';
import { MESSAGING_MIGRATIONS } from '../../src/messaging-migrations';

/** What a consumer under test does with an event: remember it, in order. */
class CreateAppliedEvents1764115260000 implements MigrationInterface {
  name = 'CreateAppliedEvents1764115260000';
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE applied_event (
        sequence bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        event_id text NOT NULL,
        subject text NOT NULL,
        event_time timestamptz NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
  }
  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE applied_event`);
  }
}

/** A service schema with the outbox, the inbox and an applied_event table, migrated. */
export async function harnessDataSource(
  databaseUrl: string,
  schema: string,
  poolSize = 10,
): Promise<DataSource> {
  const migrations = [...MESSAGING_MIGRATIONS, CreateAppliedEvents1764115260000];
  const service = { defaultSchema: schema, entities: [], migrations };
  return (await openServiceDataSource(service, testDatabaseConfig(schema, poolSize, databaseUrl)))
    .dataSource;
}
