import { openServiceDataSource } from '@infuse/database';
import { testDatabaseConfig } from '@infuse/testing';
import { type DataSource, type MigrationInterface, type QueryRunner } from 'typeorm';
import { OUTBOUND_CALL_MIGRATIONS } from '../../src/intent/create-outbound-call-table.migration';

/** What the test service does with an outcome: remember it, with what the handler saw. */
class CreateCallOutcomes1764547300000 implements MigrationInterface {
  name = 'CreateCallOutcomes1764547300000';
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE call_outcome (
        call_id uuid NOT NULL,
        outcome text NOT NULL,
        status integer,
        body text,
        in_transaction boolean NOT NULL,
        attempts integer NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
  }
  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE call_outcome`);
  }
}

export const HARNESS_MIGRATIONS = [...OUTBOUND_CALL_MIGRATIONS, CreateCallOutcomes1764547300000];

/** A service schema with outbound_call and call_outcome, migrated. */
export async function harnessDataSource(
  databaseUrl: string,
  schema: string,
  poolSize = 4,
): Promise<DataSource> {
  const service = { defaultSchema: schema, entities: [], migrations: HARNESS_MIGRATIONS };
  return (await openServiceDataSource(service, testDatabaseConfig(schema, poolSize, databaseUrl)))
    .dataSource;
}
