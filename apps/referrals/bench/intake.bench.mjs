// npm run bench:intake: referrals/s and p50/p99 latency of POST /v1/referrals, against a bare
// Fastify route doing the same inserts, measured in the same run on the same database. Both run
// side by side and take turns in rounds, so a change in the machine's load (other processes on
// shared cores) falls on both alike rather than on whichever ran second.
// Settings: BENCH_REQUESTS (default 2000 each), BENCH_ROUNDS (4), BENCH_CONCURRENCY (16),
// BENCH_WARMUP (200).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startApp, startNodeProcess } from '../../../infra/scripts/lib/app-process.mjs';
import { buildWorkspace, requireBuilt, ROOT } from '../../../infra/scripts/lib/build.mjs';
import { developmentToken } from '../../../infra/scripts/lib/development-tokens.mjs';
import { infrastructureUp } from '../../../infra/scripts/lib/infrastructure.mjs';
import { query } from '../../../infra/scripts/lib/postgres.mjs';
import { DEFAULT_DATABASE_URL } from '../../../infra/scripts/lib/environment.mjs';
import { runClosedLoop, summarize } from '../../../infra/bench/closed-loop.mjs';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 2000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 200);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 4);
const DATABASE_URL = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL;
const RUN = Date.now().toString(36);
const APP_SCHEMA = `referrals_bench_${RUN}`;
const BASELINE_SCHEMA = `baseline_bench_${RUN}`;

const fixture = JSON.parse(
  readFileSync(join(ROOT, 'libs/testing/fixtures/referrals/referral-pi-complete.json'), 'utf8'),
);
const labDate = new Date(Date.now() - 7 * 86_400_000).toISOString().slice(0, 10);

// Every request is a new patient, so none is refused as a duplicate.
function bodies(count, tag) {
  return Array.from({ length: count }, (_, index) =>
    JSON.stringify({
      ...fixture,
      patient: {
        ...fixture.patient,
        mrn: `MRN-${tag}-${index}`,
        lastName: `Okafor-${tag}-${index}`,
      },
      labs: fixture.labs.map((lab) => ({ ...lab, collectedOn: labDate })),
    }),
  );
}

async function migrateBaselineSchema() {
  const { DataSource } = requireBuilt('typeorm');
  const { runMigrations, serviceDataSourceOptions } = requireBuilt('@infuse/database');
  const { databaseConfig, loadConfig } = requireBuilt('@infuse/config');
  const { REFERRALS_MIGRATIONS: migrations } = requireBuilt(
    join(ROOT, 'dist/apps/referrals/src/migrations/referrals-migrations.js'),
  );
  const config = loadConfig([databaseConfig], {
    DATABASE_URL,
    DATABASE_SCHEMA: BASELINE_SCHEMA,
  }).database;
  const dataSource = new DataSource(
    serviceDataSourceOptions({ defaultSchema: BASELINE_SCHEMA, entities: [], migrations }, config),
  );
  await dataSource.initialize();
  await runMigrations(dataSource, BASELINE_SCHEMA);
  await dataSource.destroy();
}

/** POSTs the i-th JSON body to `url` as the given user. */
function posting(url, token, jsonBodies) {
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
  return (i) => [url, { method: 'POST', headers, body: jsonBodies[i] }];
}

// Warms each server up, then alternates rounds between them.
async function measure(servers, token) {
  const load = (url, count, tag) =>
    runClosedLoop({
      count,
      concurrency: CONCURRENCY,
      requestAt: posting(url, token, bodies(count, `${tag}-${RUN}`)),
    });
  for (const { label, url } of servers) await load(url, WARMUP, `${label}-warm`);
  const runs = servers.map(() => []);
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const [index, { label, url }] of servers.entries())
      runs[index].push(await load(url, Math.ceil(REQUESTS / ROUNDS), `${label}-${round}`));
  }
  return runs.map(summarize);
}

const format = (result) =>
  `${result.perSecond.toFixed(0).padStart(6)} referrals/s   p50 ${result.p50.toFixed(1).padStart(6)} ms   p99 ${result.p99.toFixed(1).padStart(6)} ms   statuses ${JSON.stringify(result.statuses)}`;

async function main() {
  await infrastructureUp({ log: () => undefined });
  buildWorkspace();
  await migrateBaselineSchema();
  const token = await developmentToken({ role: 'intake_coordinator', subject: 'bench-1' });

  const baseline = startNodeProcess({
    name: 'baseline',
    args: [join(HERE, 'baseline-server.mjs')],
    env: { ...process.env, DATABASE_URL, BENCH_SCHEMA: BASELINE_SCHEMA },
    echo: false,
  });
  const app = startApp(
    { name: 'referrals', main: join(ROOT, 'dist/apps/referrals/src/main.js') },
    {
      env: {
        ...process.env,
        DATABASE_URL,
        NODE_ENV: 'development',
        DATABASE_SCHEMA: APP_SCHEMA,
        REFERRALS_PORT: '0',
        LOG_LEVEL: 'warn',
        KAFKA_TOPIC_PREFIX: `bench-${RUN}.`,
      },
      echo: false,
    },
  );
  const [baselineResult, appResult] = await measure(
    [
      { label: 'baseline', url: `${await baseline.address}/v1/referrals` },
      { label: 'referrals', url: `${await app.address}/v1/referrals` },
    ],
    token,
  );
  await Promise.all([baseline.stop(), app.stop()]);

  console.log(
    `\nPOST /v1/referrals, ${REQUESTS} requests each in ${ROUNDS} alternating rounds after ${WARMUP} warm-up, ${CONCURRENCY} concurrent clients, same database\n`,
  );
  console.log(`  bare Fastify insert  ${format(baselineResult)}`);
  console.log(`  referrals service    ${format(appResult)}`);
  console.log(
    `\n  the service runs at ${((appResult.perSecond / baselineResult.perSecond) * 100).toFixed(0)}% of the baseline's throughput`,
  );
}

try {
  await main();
} finally {
  for (const schema of [APP_SCHEMA, BASELINE_SCHEMA])
    await query(DATABASE_URL, `DROP SCHEMA IF EXISTS "${schema}" CASCADE`).catch(() => undefined);
}
