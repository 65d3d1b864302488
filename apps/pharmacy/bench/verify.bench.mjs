// npm run bench:verify: worksheets per second and p50/p99 latency of GET /v1/dispenses/:id (the
// verification worksheet) at 16 concurrent clients, against a bare Fastify route that reads the
// same stored orders with the same statement and computes the same worksheet with the clinical
// library, in the same run on the same database. The two take turns in rounds, so a change in
// the machine's load falls on both alike. Goal: at least 0.6× the baseline, p99 under 50 ms.
// Settings: BENCH_ORDERS (200), BENCH_REQUESTS (4000 each), BENCH_ROUNDS (4),
// BENCH_CONCURRENCY (16), BENCH_WARMUP (400); BENCH_KEEP_SCHEMA=1 keeps the seeded schema to
// look into afterwards; BENCH_PROFILE_DIR=<dir> writes a CPU profile of the service there.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startNodeProcess } from '../../../infra/scripts/lib/app-process.mjs';
import { ROOT } from '../../../infra/scripts/lib/build.mjs';
import { developmentToken } from '../../../infra/scripts/lib/development-tokens.mjs';
import { DEFAULT_DATABASE_URL } from '../../../infra/scripts/lib/environment.mjs';
import { infrastructureUp } from '../../../infra/scripts/lib/infrastructure.mjs';
import { query } from '../../../infra/scripts/lib/postgres.mjs';
import { runClosedLoop, summarize } from '../../../infra/bench/closed-loop.mjs';
import { seedOrders } from './seed-orders.mjs';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const ORDERS = Number(process.env.BENCH_ORDERS ?? 200);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 4000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 400);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 4);
const GOAL_RATIO = 0.6;
const GOAL_P99_MS = 50;
const DATABASE_URL = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL;
const RUN = Date.now().toString(36);
const SCHEMA = `pharmacy_bench_${RUN}`;
const TOPIC_PREFIX = `bench-${RUN}.`;
const require = createRequire(import.meta.url);

// The pharmacy service and the libraries it uses, into dist/ (the rest of the workspace is not
// this bench's business: another app's unfinished work must not stop it).
function buildPharmacy() {
  const result = spawnSync(
    process.execPath,
    [require.resolve('typescript/bin/tsc'), '-p', join(HERE, 'tsconfig.bench.json')],
    { cwd: ROOT, encoding: 'utf8' },
  );
  if (result.status !== 0) throw new Error(`build failed:\n${result.stdout}${result.stderr}`);
}

// Warms each server up, then alternates rounds between them.
async function measure(servers, token, paths) {
  const load = (baseUrl, count) =>
    runClosedLoop({
      count,
      concurrency: CONCURRENCY,
      requestAt: (i) => [
        `${baseUrl}${paths[i % paths.length]}`,
        { headers: { authorization: `Bearer ${token}` } },
      ],
    });
  for (const { baseUrl } of servers) await load(baseUrl, WARMUP);
  const runs = servers.map(() => []);
  for (let round = 0; round < ROUNDS; round += 1)
    for (const [index, { baseUrl }] of servers.entries())
      runs[index].push(await load(baseUrl, Math.ceil(REQUESTS / ROUNDS)));
  return runs.map(summarize);
}

const format = (result) =>
  `${result.perSecond.toFixed(0).padStart(6)} worksheets/s   p50 ${result.p50.toFixed(1).padStart(6)} ms   p99 ${result.p99.toFixed(1).padStart(6)} ms   statuses ${JSON.stringify(result.statuses)}`;

async function main() {
  await infrastructureUp({ log: () => undefined });
  buildPharmacy();
  const env = {
    ...process.env,
    DATABASE_URL,
    NODE_ENV: 'development',
    DATABASE_SCHEMA: SCHEMA,
    PHARMACY_PORT: '0',
    LOG_LEVEL: 'warn',
    KAFKA_TOPIC_PREFIX: TOPIC_PREFIX,
  };
  const profile = process.env.BENCH_PROFILE_DIR;
  const app = startNodeProcess({
    name: 'pharmacy',
    args: [
      ...(profile ? ['--cpu-prof', `--cpu-prof-dir=${profile}`] : []),
      '-r',
      join(ROOT, 'infra/runtime/register-paths.js'),
      join(ROOT, 'dist/apps/pharmacy/src/main.js'),
    ],
    env,
    echo: false,
  });
  const appUrl = await app.address;
  const startDate = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
  const ids = await seedOrders({
    count: ORDERS,
    topicPrefix: TOPIC_PREFIX,
    databaseUrl: DATABASE_URL,
    schema: SCHEMA,
    startDate,
  });
  const baseline = startNodeProcess({
    name: 'baseline',
    args: ['-r', join(ROOT, 'infra/runtime/register-paths.js'), join(HERE, 'baseline-server.mjs')],
    env: { ...env, BENCH_SCHEMA: SCHEMA, BENCH_DIST: join(ROOT, 'dist') },
    echo: false,
  });
  const token = await developmentToken({ role: 'pharmacist', subject: 'bench-rph' });
  const paths = ids.map((id) => `/v1/dispenses/${id}`);
  const [baselineResult, appResult] = await measure(
    [{ baseUrl: await baseline.address }, { baseUrl: appUrl }],
    token,
    paths,
  );
  await Promise.all([baseline.stop(), app.stop()]);

  const ratio = appResult.perSecond / baselineResult.perSecond;
  console.log(
    `\nGET /v1/dispenses/:id over ${ORDERS} orders, ${REQUESTS} requests each in ${ROUNDS} alternating rounds after ${WARMUP} warm-up, ${CONCURRENCY} concurrent clients, same database\n`,
  );
  console.log(`  bare Fastify + clinical library  ${format(baselineResult)}`);
  console.log(`  pharmacy service                 ${format(appResult)}`);
  console.log(
    `\n  the service runs at ${ratio.toFixed(2)}× the baseline's throughput (goal ≥ ${GOAL_RATIO}×), p99 ${appResult.p99.toFixed(1)} ms (goal < ${GOAL_P99_MS} ms): ${ratio >= GOAL_RATIO && appResult.p99 < GOAL_P99_MS ? 'met' : 'missed'}`,
  );
}

try {
  await main();
} finally {
  if (process.env.BENCH_KEEP_SCHEMA === '1') console.log(`  kept schema ${SCHEMA}`);
  else
    await query(DATABASE_URL, `DROP SCHEMA IF EXISTS "${SCHEMA}" CASCADE`).catch(() => undefined);
}
