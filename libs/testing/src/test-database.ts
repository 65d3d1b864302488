import { databaseConfig, type DatabaseConfig, loadConfig } from '@infuse/config';
import { Client, type QueryResultRow } from 'pg';
import { TEST_DATABASE_URL } from './test-environment';

/** Runs one statement against the test database, outside any app, to check what was written. */
export async function queryTestDatabase<Row extends QueryResultRow>(
  text: string,
  values: unknown[] = [],
): Promise<Row[]> {
  const client = new Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    return (await client.query<Row>(text, values)).rows;
  } finally {
    await client.end();
  }
}

export async function dropSchema(schema: string): Promise<void> {
  if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`unsafe schema name ${schema}`);
  await queryTestDatabase(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
}

/** The database settings of a service under test that owns `schema`. */
export function testDatabaseConfig(
  schema: string,
  poolSize: number,
  databaseUrl: string = TEST_DATABASE_URL,
): DatabaseConfig {
  return loadConfig([databaseConfig], {
    DATABASE_URL: databaseUrl,
    DATABASE_SCHEMA: schema,
    DATABASE_POOL_SIZE: String(poolSize),
  }).database;
}
