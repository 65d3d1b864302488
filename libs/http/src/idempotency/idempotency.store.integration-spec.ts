import { databaseConfig, loadConfig } from '@infuse/config';
import { runMigrations, type ServiceDatabase, serviceDataSourceOptions } from '@infuse/database';
import { dropSchema, TEST_DATABASE_URL, uniqueSuffix } from '@infuse/testing';
import { DataSource, type MigrationInterface, type QueryRunner } from 'typeorm';
import { IDEMPOTENCY_MIGRATIONS } from './create-idempotency-keys.migration';
import { IdempotencyKeyReusedError } from './idempotency-key-reused.error';
import { IdempotencyStore } from './idempotency.store';

// How a service created the table before the shared migration existed (referrals did).
class EarlierIdempotencyKeys1700000000000 implements MigrationInterface {
  name = 'EarlierIdempotencyKeys1700000000000';
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE idempotency_key (subject text NOT NULL, key text NOT NULL, request_hash text NOT NULL,
         response jsonb, created_at timestamptz NOT NULL DEFAULT now(), PRIMARY KEY (subject, key))`,
    );
    await queryRunner.query(
      `INSERT INTO idempotency_key (subject, key, request_hash, response) VALUES ('ic-1', 'kept', 'h', '{"id": 1}')`,
    );
  }
  async down(): Promise<void> {}
}

async function migrated(migrations: ServiceDatabase['migrations']): Promise<DataSource> {
  const schema = `idempotency_test_${uniqueSuffix()}`;
  const config = loadConfig([databaseConfig], {
    DATABASE_URL: TEST_DATABASE_URL,
    DATABASE_SCHEMA: schema,
  }).database;
  const dataSource = new DataSource(
    serviceDataSourceOptions({ defaultSchema: schema, entities: [], migrations }, config),
  );
  await dataSource.initialize();
  await runMigrations(dataSource, schema);
  return dataSource;
}

describe('IdempotencyStore (real PostgreSQL)', () => {
  const store = new IdempotencyStore();
  const request = { subject: 'ic-1', key: 'retry-1', requestHash: 'hash-a' };
  const sources: DataSource[] = [];

  afterAll(async () => {
    for (const source of sources) {
      const schema = (source.options as { schema: string }).schema;
      await source.destroy();
      await dropSchema(schema);
    }
  });

  it('creates its table in a fresh schema, and keeps an existing one with its keys', async () => {
    const fresh = await migrated([...IDEMPOTENCY_MIGRATIONS]);
    const existing = await migrated([
      EarlierIdempotencyKeys1700000000000,
      ...IDEMPOTENCY_MIGRATIONS,
    ]);
    sources.push(fresh, existing);
    await expect(fresh.query(`SELECT count(*)::int AS n FROM idempotency_key`)).resolves.toEqual([
      { n: 0 },
    ]);
    await expect(existing.query(`SELECT key FROM idempotency_key`)).resolves.toEqual([
      { key: 'kept' },
    ]);
  });

  it('answers a retry with the first response and refuses the key with another body', async () => {
    const [source] = sources;
    await source!.transaction(async (manager) => {
      await expect(store.claim(manager, request)).resolves.toEqual({ kind: 'first' });
      await store.complete(manager, request, { id: 'r-1' });
    });
    await source!.transaction(async (manager) => {
      await expect(store.claim(manager, request)).resolves.toEqual({
        kind: 'replay',
        response: { id: 'r-1' },
      });
      await expect(store.claim(manager, { ...request, requestHash: 'hash-b' })).rejects.toThrow(
        IdempotencyKeyReusedError,
      );
      await expect(
        store.claim(manager, { ...request, subject: 'ic-2', requestHash: 'hash-b' }),
      ).resolves.toEqual({ kind: 'first' });
    });
  });
});
