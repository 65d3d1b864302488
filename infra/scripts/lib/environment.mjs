// Addresses of the local infrastructure, from the environment with the architecture's defaults.
export const DEFAULT_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/infuse';

export function databaseUrl(env = process.env) {
  return env.DATABASE_URL ?? DEFAULT_DATABASE_URL;
}

export function redisUrl(env = process.env) {
  return env.REDIS_URL ?? 'redis://127.0.0.1:6379';
}

export function isLocalHost(hostname) {
  return ['127.0.0.1', 'localhost', '::1', '[::1]'].includes(hostname);
}
