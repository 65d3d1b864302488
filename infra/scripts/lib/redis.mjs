import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Redis from 'ioredis';
import { isLocalHost, redisUrl } from './environment.mjs';
import { runCommand } from './run-command.mjs';
import { waitUntil } from './wait-until.mjs';

// As this machine starts its own Redis (docs/stack.md), but with its working files in the
// checkout's git-ignored infra/.run, so no system directory needs to be writable. It keeps nothing
// on disk: Redis only schedules.
const RUN_DIRECTORY = fileURLToPath(new URL('../../.run/', import.meta.url));
const START_LOCAL_REDIS = `redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379 --save "" --appendonly no --dir "${RUN_DIRECTORY}" --logfile "${RUN_DIRECTORY}redis.log"`;

/** Redis in REDIS_URL answers PING, started first when it is the local one and down. */
export async function ensureRedis({ log, env = process.env }) {
  const url = new URL(redisUrl(env));
  if (await answers(url.href)) return;
  if (!isLocalHost(url.hostname) || url.port !== '6379')
    throw new Error(`Redis at ${url.host} does not answer`);
  log('Redis: starting the local server');
  mkdirSync(RUN_DIRECTORY, { recursive: true });
  runCommand(START_LOCAL_REDIS);
  await waitUntil(() => ping(url.href), { what: 'Redis' });
}

export async function redisStatus(env = process.env) {
  const url = new URL(redisUrl(env));
  return { name: 'redis', address: url.host, ready: await answers(url.href) };
}

async function answers(url) {
  try {
    await ping(url);
    return true;
  } catch {
    return false;
  }
}

async function ping(url) {
  const client = new Redis(url, {
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
    connectTimeout: 2000,
  });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.ping();
  } finally {
    client.disconnect();
  }
}
