import { type DataSource } from 'typeorm';

/**
 * Creates the service's schema and applies its pending migrations. Several instances of a
 * service may boot at once; a PostgreSQL advisory lock per schema lets exactly one migrate
 * while the others wait, then find nothing left to do.
 */
export async function runMigrations(dataSource: DataSource, schema: string): Promise<string[]> {
  const lockRunner = dataSource.createQueryRunner();
  await lockRunner.connect();
  try {
    await lockRunner.query(`SELECT pg_advisory_lock(hashtext($1))`, [
      `infuse-migrations:${schema}`,
    ]);
    await lockRunner.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdentifier(schema)}`);
    const applied = await dataSource.runMigrations({ transaction: 'all' });
    return applied.map((migration) => migration.name);
  } finally {
    await lockRunner.query(`SELECT pg_advisory_unlock(hashtext($1))`, [
      `infuse-migrations:${schema}`,
    ]);
    await lockRunner.release();
  }
}

export function quoteIdentifier(identifier: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(identifier))
    throw new Error(`unsafe SQL identifier: ${identifier}`);
  return `"${identifier}"`;
}
