import { brokerStatus, startBroker, stopBroker } from '../../kafka/broker.mjs';
import { ensureDatabase, postgresStatus } from './postgres.mjs';
import { ensureRedis, redisStatus } from './redis.mjs';

/**
 * Brings up what Infuse needs and is missing: PostgreSQL with the database, Redis, and the
 * local Kafka broker. Each step is a no-op when its part already answers.
 */
export async function infrastructureUp({ log = console.log, env = process.env } = {}) {
  await ensureDatabase({ log, env });
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
