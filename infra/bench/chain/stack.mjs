// The six apps as processes, as `npm start` runs them, but on free ports, topics under a prefix
// of this run, a schema each and a Redis key prefix of their own: a running `npm start` (or
// another bench) is not disturbed. `close()` stops them and removes what they made.
import { createServer } from 'node:net';
import { join } from 'node:path';
import { startNodeProcess, waitForReady } from '../../scripts/lib/app-process.mjs';
import { ROOT } from '../../scripts/lib/build.mjs';
import { query } from '../../scripts/lib/postgres.mjs';
import { deleteKeysWithPrefix } from './redis-keys.mjs';
import { deleteTopicsAndGroupsWithPrefix } from './kafka-admin.mjs';

// Called ones first: the payer sandbox answers prior-auth and workers, referrals answers prior-auth.
export const CHAIN_APPS = [
  'referrals',
  'payer-sandbox',
  'prior-auth',
  'pharmacy',
  'nursing',
  'workers',
];

/** A port nothing listens on now, so every app can be told the others' addresses first. */
export async function freePort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const portVariable = (name) => `${name.toUpperCase().replace(/-/g, '_')}_PORT`;

/**
 * Where a run's apps listen and what each is told: a free port each, topics, schemas and Redis
 * keys named after the run (`label`: bench unless another command names its own). `envOf(name,
 * port)` is the environment of one instance of an app, on its own port unless another is given
 * (a second instance: same schema, topics and consumer groups).
 */
export async function chainLayout({ run, databaseUrl, env, label = 'bench' }) {
  const topicPrefix = `${label}-${run}.`;
  const redisPrefix = `${label}-${run}`;
  const schemaOf = (name) => `${name.replace(/-/g, '_')}_${label}_${run}`;
  const ports = new Map();
  for (const name of CHAIN_APPS) ports.set(name, await freePort());
  const urlOf = (name) => `http://127.0.0.1:${ports.get(name)}`;
  const common = {
    ...env,
    DATABASE_URL: databaseUrl,
    KAFKA_TOPIC_PREFIX: topicPrefix,
    REDIS_KEY_PREFIX: redisPrefix,
    HTTP_HOST: '127.0.0.1',
    HTTP_DOCS_UI: 'false',
    REFERRALS_URL: urlOf('referrals'),
    PAYER_SANDBOX_URL: `${urlOf('payer-sandbox')}/fhir`,
    PRIOR_AUTH_PUBLIC_URL: urlOf('prior-auth'),
    ASSISTANCE_PROGRAMMES_URL: `${urlOf('payer-sandbox')}/programs`,
    // The development nurse rn-1 covers the example patient's postal code.
    NURSING_SEED_DEVELOPMENT_NURSES: 'true',
  };
  const envOf = (name, port = ports.get(name)) => ({
    ...common,
    DATABASE_SCHEMA: schemaOf(name),
    [portVariable(name)]: String(port),
  });
  return { topicPrefix, redisPrefix, schemaOf, ports, urlOf, envOf };
}

/** The compiled main of an app in dist/. */
export function appMain(name) {
  return join(ROOT, 'dist', 'apps', name, 'src', 'main.js');
}

/**
 * Starts the apps in order, each ready before the next; `nodeOptionsOf(name)` go before the
 * app's main (e.g. `--cpu-prof`). Returns `{ topicPrefix, urlOf, schemaOf, processes, exitedAt,
 * close }`; `close()` resolves with what it failed to remove. A failed start cleans up first.
 */
export async function startChainStack({ run, databaseUrl, env, nodeOptionsOf = () => [] }) {
  const { topicPrefix, redisPrefix, schemaOf, urlOf, envOf } = await chainLayout({
    run,
    databaseUrl,
    env,
  });
  const processes = new Map();
  // When each app ended: a CPU profile's end, to place its samples in the run's time.
  const exitedAt = new Map();
  const close = async () => {
    await Promise.all([...processes.values()].map((app) => app.stop()));
    const failures = [];
    const attempt = async (what, action) => {
      try {
        await action();
      } catch (error) {
        failures.push(`${what}: ${error.message}`);
      }
    };
    for (const name of CHAIN_APPS)
      await attempt(`schema ${schemaOf(name)}`, () =>
        query(databaseUrl, `DROP SCHEMA IF EXISTS "${schemaOf(name)}" CASCADE`),
      );
    await attempt(`topics ${topicPrefix}*`, () => deleteTopicsAndGroupsWithPrefix(topicPrefix));
    await attempt(`Redis keys ${redisPrefix}*`, () => deleteKeysWithPrefix(redisPrefix));
    return failures;
  };
  try {
    for (const name of CHAIN_APPS) {
      const app = startNodeProcess({
        name,
        args: [
          ...nodeOptionsOf(name),
          '-r',
          join(ROOT, 'infra/runtime/register-paths.js'),
          appMain(name),
        ],
        env: envOf(name),
        echo: false,
      });
      processes.set(name, app);
      void app.exited.then(() => exitedAt.set(name, Date.now()));
      const address = await app.address;
      const ended = new AbortController();
      void app.exited.then(() => ended.abort(new Error(`${name} exited during its start`)));
      await waitForReady(address, { timeoutMs: 120_000, signal: ended.signal });
    }
  } catch (error) {
    const failures = await close();
    if (failures.length > 0) error.message += `\ncleanup failed: ${failures.join('; ')}`;
    throw error;
  }
  return { topicPrefix, urlOf, schemaOf, processes, exitedAt, close };
}
