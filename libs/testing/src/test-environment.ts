import { randomBytes } from 'node:crypto';

/** The database every test run uses; the test command creates it. Never the `infuse` one. */
export const TEST_DATABASE_URL =
  process.env['TEST_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/infuse_test';

export const TEST_JWT_SECRET = 'infuse-test-secret-0123456789-abcdefghijkl';

/** A short random suffix, so parallel test files never share a schema, topic or key. */
export function uniqueSuffix(): string {
  return randomBytes(4).toString('hex');
}

/**
 * The environment for one app under test: real PostgreSQL, Redis and Kafka, its own schema,
 * a free port and silent logs.
 */
export function testEnvironment(
  schema: string,
  overrides: Record<string, string> = {},
): Record<string, string> {
  return {
    NODE_ENV: 'test',
    DATABASE_URL: TEST_DATABASE_URL,
    DATABASE_SCHEMA: schema,
    DATABASE_POOL_SIZE: '4',
    REDIS_URL: process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379',
    // Queues and keys of their own too, so no other run's worker takes this one's jobs.
    REDIS_KEY_PREFIX: schema.replace(/_/g, '-'),
    KAFKA_BROKERS: process.env['KAFKA_BROKERS'] ?? '127.0.0.1:9092',
    // Topics and consumer groups of their own, so parallel test files never see each other's events.
    KAFKA_TOPIC_PREFIX: `${schema.replace(/_/g, '-')}.`,
    AUTH_JWT_SECRET: TEST_JWT_SECRET,
    HTTP_HOST: '127.0.0.1',
    LOG_LEVEL: process.env['TEST_LOG_LEVEL'] ?? 'silent',
    // The UI's static-file plugin depends on ES modules Jest's CommonJS loader cannot require;
    // tests read the OpenAPI JSON, and `npm start` serves the UI.
    HTTP_DOCS_UI: 'false',
    ...overrides,
  };
}
