import { databaseConfig, loadConfig } from '@infuse/config';
import { dropSchema, queryTestDatabase, TEST_DATABASE_URL, uniqueSuffix } from '@infuse/testing';
import { DataSource, type MigrationInterface, type QueryRunner } from 'typeorm';
import { runMigrations } from './run-migrations';
import { serviceDataSourceOptions } from './service-data-source';

class CreateVisit1700000000000 implements MigrationInterface {
  name = 'CreateVisit1700000000000';
  async up(queryRunner: QueryRunner): Promise<void> {
    // Slow enough that a second instance arrives while the first is migrating.
    await queryRunner.query(`SELECT pg_sleep(0.3)`);
    await queryRunner.query(`CREATE TABLE visit (id serial PRIMARY KEY)`);
  }
  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE visit`);
  }
}

describe('runMigrations (real PostgreSQL)', () => {
  const schema = `migrations_test_${uniqueSuffix()}`;
  const config = loadConfig([databaseConfig], {
    DATABASE_URL: TEST_DATABASE_URL,
    DATABASE_SCHEMA: schema,
  }).database;
  const service = { defaultSchema: 'unused', entities: [], migrations: [CreateVisit1700000000000] };
  const instances = [
    new DataSource(serviceDataSourceOptions(service, config)),
    new DataSource(serviceDataSourceOptions(service, config)),
  ];

  beforeAll(async () => {
    await Promise.all(instances.map((instance) => instance.initialize()));
  });

  afterAll(async () => {
    await Promise.all(instances.map((instance) => instance.destroy()));
    await dropSchema(schema);
  });

  it('migrates once when two instances boot at the same time, in the service schema', async () => {
    const applied = await Promise.all(instances.map((instance) => runMigrations(instance, schema)));

    expect(applied.flat()).toEqual(['CreateVisit1700000000000']);
    const tables = await queryTestDatabase<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = $1 ORDER BY table_name`,
      [schema],
    );
    expect(tables.map((table) => table.table_name)).toEqual(['schema_migrations', 'visit']);
  });

  it('finds nothing to do on the next boot', async () => {
    await expect(runMigrations(instances[0]!, schema)).resolves.toEqual([]);
  });
});
