import { Client } from 'pg';
import Redis from 'ioredis';
import { TEST_DATABASE_URL } from './test-environment';
import { testKafka } from './test-kafka';

/**
 * Jest global setup for suites that use the real infrastructure: fails fast, with a hint,
 * when it is not up. `npm test` brings it up before any suite runs.
 */
export default async function checkInfrastructure(): Promise<void> {
  const problems: string[] = [];
  await probe('PostgreSQL test database', problems, async () => {
    const client = new Client({
      connectionString: TEST_DATABASE_URL,
      connectionTimeoutMillis: 3000,
    });
    await client.connect();
    await client.end();
  });
  await probe('Redis', problems, async () => {
    const redis = new Redis(process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379', {
      lazyConnect: true,
      maxRetriesPerRequest: 0,
      retryStrategy: () => null,
    });
    redis.on('error', () => undefined);
    try {
      await redis.connect();
      await redis.ping();
    } finally {
      redis.disconnect();
    }
  });
  await probe('Kafka', problems, async () => {
    const admin = testKafka('test-setup', { retries: 1 }).admin();
    await admin.connect();
    await admin.disconnect();
  });
  if (problems.length > 0) {
    throw new Error(
      `Test infrastructure is not up (run \`npm run infra:up\` or \`npm test\`): ${problems.join('; ')}`,
    );
  }
}

async function probe(name: string, problems: string[], check: () => Promise<void>): Promise<void> {
  try {
    await check();
  } catch (error) {
    problems.push(`${name}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
