import { brokerStatus, startBroker, stopBroker } from '../../kafka/broker.mjs';
import { ensureDatabase, postgresStatus } from './postgres.mjs';
import { ensureRedis, redisStatus } from './redis.mjs';

/** The database the tests use, beside the one `npm start` runs on. */
export const TEST_DATABASE_URL =
  process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/infuse_test';

/**
 * Brings up what Infuse needs and is missing: PostgreSQL with the database and the tests'
 * database (so `npx nx test <project>` runs after `npm run infra:up`), Redis, and the local Kafka
 * broker. Each step is a no-op when its part already answers.
 */
export async function infrastructureUp({ log = console.log, env = process.env } = {}) {
  await ensureDatabase({ log, env });
  await ensureDatabase({ log, env: { ...env, DATABASE_URL: TEST_DATABASE_URL } });
  await ensureRedis({ log, env });
  await startBroker({ log });
}

/** Stops the Kafka broker this project started; PostgreSQL and Redis belong to the machine. */
export async function infrastructureDown({ log = console.log } = {}) {
  await stopBroker({ log });
}

export async function infrastructureStatus(env = process.env) {
  const kafka = await brokerStatus();
  return [await postgresStatus(env), await redisStatus(env), { name: 'kafka', ...kafka }];
}
